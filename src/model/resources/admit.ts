import type { Link } from '../base.js';

/**
 * Action link on a participant waiting in an online meeting's lobby; POSTing it lets that
 * participant into the meeting. Its presence says the meeting has a lobby and the user may admit.
 * @ucwaKind resource
 * @ucwaPage admit
 */
export interface Admit {
  rel?: 'admit';
  _links?: {
    self?: Link;
  };
}
