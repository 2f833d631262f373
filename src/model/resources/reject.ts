import type { Link } from '../base.js';

/**
 * Action that turns away a participant waiting in a meeting's lobby; its
 * presence shows the meeting has a lobby and the user may refuse entry.
 * @ucwaKind resource
 * @ucwaPage reject
 */
export interface Reject {
  rel?: 'reject';
  _links?: {
    self?: Link;
  };
}
