import type { Link } from '../base.js';

/**
 * Capability to force-mute the attendees of a meeting so that they cannot unmute
 * themselves.
 * The server answers a POST here with 204 and no body; the resource has no
 * representation of its own, only its link.
 * @ucwaKind resource
 * @ucwaPage enableAudienceMuteLock
 */
export interface EnableAudienceMuteLock {
  rel?: 'enableAudienceMuteLock';
  _links?: {
    self?: Link;
  };
}
