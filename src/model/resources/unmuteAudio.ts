import type { Link } from '../base.js';

/**
 * Operation that unmutes the audio of a participant.
 * @ucwaKind resource
 * @ucwaPage unmuteAudio
 */
export interface UnmuteAudio {
  rel?: 'unmuteAudio';
  _links?: {
    self?: Link;
  };
}
