import type { Link } from '../base.js';

/**
 * Operation that ends the instant-messaging modality of a conversation while it is connecting or connected.
 * @ucwaKind resource
 * @ucwaPage stopMessaging
 */
export interface StopMessaging {
  rel?: 'stopMessaging';
  _links?: {
    self?: Link;
  };
}
