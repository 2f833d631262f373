import type { Link } from '../base.js';

/**
 * Action link on an outgoing invitation: POSTing it abandons the invitation, or drops the
 * modality the invitation was setting up.
 * @ucwaKind resource
 * @ucwaPage cancel
 */
export interface Cancel {
  rel?: 'cancel';
  _links?: {
    self?: Link;
  };
}
