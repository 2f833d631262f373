import type { Link } from '../base.js';

/**
 * Operation that unmutes the video of a participant.
 * @ucwaKind resource
 * @ucwaPage unmuteVideo
 */
export interface UnmuteVideo {
  rel?: 'unmuteVideo';
  _links?: {
    self?: Link;
  };
}
