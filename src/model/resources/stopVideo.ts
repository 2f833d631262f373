import type { Link } from '../base.js';
import type { CallTerminationReason } from '../enums.js';

/**
 * Operation that ends the video of an established audio/video call.
 * @ucwaKind resource
 * @ucwaPage stopVideo
 */
export interface StopVideo {
  rel?: 'stopVideo';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST stopVideo`: why the call (or its stream) ends.
 * @ucwaKind request
 * @ucwaPage stopVideo
 * @ucwaOperation POST
 */
export interface StopVideoPostInput {
  /** Why the client ends the call. */
  reason?: CallTerminationReason;
}
