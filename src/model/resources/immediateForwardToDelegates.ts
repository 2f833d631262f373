import type { Link } from '../base.js';

/**
 * Capability to send every incoming call straight to the user's delegates,
 * without ringing the user.
 * The server answers a POST here with 204 and no body; the resource has no
 * representation of its own, only its link.
 * @ucwaKind resource
 * @ucwaPage immediateForwardToDelegates
 */
export interface ImmediateForwardToDelegates {
  rel?: 'immediateForwardToDelegates';
  _links?: {
    self?: Link;
  };
}
