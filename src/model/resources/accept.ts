import type { Link } from '../base.js';

/**
 * Action link on an incoming messaging or online-meeting invitation; a POST with no body
 * takes the invitation, and its outcome shows up on the invitation's completion event.
 * @ucwaKind resource
 * @ucwaPage accept
 */
export interface Accept {
  rel?: 'accept';
  _links?: {
    self?: Link;
  };
}
