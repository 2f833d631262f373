import type { Link } from '../base.js';

/**
 * Capability to turn instant messaging back on for everyone in a conversation;
 * present only when the user may do that.
 * The server answers a POST here with 204 and no body; the resource has no
 * representation of its own, only its link.
 * @ucwaKind resource
 * @ucwaPage enableAudienceMessaging
 */
export interface EnableAudienceMessaging {
  rel?: 'enableAudienceMessaging';
  _links?: {
    self?: Link;
  };
}
