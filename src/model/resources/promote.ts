import type { Link } from '../base.js';

/**
 * Action that raises a meeting participant from attendee to leader; the link
 * is offered only when the user may do so. A POST answers 204 with no body.
 * @ucwaKind resource
 * @ucwaPage promote
 */
export interface Promote {
  rel?: 'promote';
  _links?: {
    self?: Link;
  };
}
