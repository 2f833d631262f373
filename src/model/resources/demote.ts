import type { Link } from '../base.js';

/**
 * Capability to move a meeting participant from the leader role back to attendee;
 * the link appears only when the user is allowed to do so.
 * The server answers a POST here with 204 and no body; the resource has no
 * representation of its own, only its link.
 * @ucwaKind resource
 * @ucwaPage demote
 */
export interface Demote {
  rel?: 'demote';
  _links?: {
    self?: Link;
  };
}
