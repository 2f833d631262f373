import type { Link } from '../base.js';

/**
 * Capability to lift the forced mute on meeting attendees, letting them unmute
 * themselves again (it does not unmute them).
 * The server answers a POST here with 204 and no body; the resource has no
 * representation of its own, only its link.
 * @ucwaKind resource
 * @ucwaPage disableAudienceMuteLock
 */
export interface DisableAudienceMuteLock {
  rel?: 'disableAudienceMuteLock';
  _links?: {
    self?: Link;
  };
}
