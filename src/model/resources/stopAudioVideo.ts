import type { Link } from '../base.js';
import type { CallTerminationReason } from '../enums.js';

/**
 * Operation that ends an established audio/video call.
 * @ucwaKind resource
 * @ucwaPage stopAudioVideo
 */
export interface StopAudioVideo {
  rel?: 'stopAudioVideo';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST stopAudioVideo`: why the call (or its stream) ends.
 * @ucwaKind request
 * @ucwaPage stopAudioVideo
 * @ucwaOperation POST
 */
export interface StopAudioVideoPostInput {
  /** Why the client ends the call. */
  reason?: CallTerminationReason;
}
