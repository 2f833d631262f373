import type { Link } from '../base.js';

/**
 * Capability to flag a conversation log as read in the user's Exchange
 * mailbox.
 * The server answers a POST here with 204 and no body; the resource has no
 * representation of its own, only its link.
 * @ucwaKind resource
 * @ucwaPage markAsRead
 */
export interface MarkAsRead {
  rel?: 'markAsRead';
  _links?: {
    self?: Link;
  };
}
