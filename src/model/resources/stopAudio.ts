import type { Link } from '../base.js';
import type { CallTerminationReason } from '../enums.js';

/**
 * Operation that ends the audio of an established audio/video call.
 * @ucwaKind resource
 * @ucwaPage stopAudio
 */
export interface StopAudio {
  rel?: 'stopAudio';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST stopAudio`: why the call (or its stream) ends.
 * @ucwaKind request
 * @ucwaPage stopAudio
 * @ucwaOperation POST
 */
export interface StopAudioPostInput {
  /** Why the client ends the call. */
  reason?: CallTerminationReason;
}
