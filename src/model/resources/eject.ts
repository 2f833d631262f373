import type { Link } from '../base.js';

/**
 * Capability to remove a participant from an online meeting; present only when
 * the user has the right to do so.
 * The server answers a POST here with 204 and no body; the resource has no
 * representation of its own, only its link.
 * @ucwaKind resource
 * @ucwaPage eject
 */
export interface Eject {
  rel?: 'eject';
  _links?: {
    self?: Link;
  };
}
