import type { Link } from '../base.js';

/**
 * Capability to mute a participant's audio; present only when the user has
 * that permission.
 * The server answers a POST here with 204 and no body; the resource has no
 * representation of its own, only its link.
 * @ucwaKind resource
 * @ucwaPage muteAudio
 */
export interface MuteAudio {
  rel?: 'muteAudio';
  _links?: {
    self?: Link;
  };
}
