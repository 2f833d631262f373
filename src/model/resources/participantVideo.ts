import type { Link } from '../base.js';
import type { MediaDirectionType } from '../enums.js';

/**
 * Present while a participant takes part in the main video, with direction
 * and mute state.
 * @ucwaKind resource
 * @ucwaPage participantVideo
 */
export interface ParticipantVideo {
  rel?: 'participantVideo';
  videoDirection?: MediaDirectionType;
  videoMuted?: boolean;
  /** Media source ID of the participant's main video. */
  videoSourceId?: string;
  _links?: {
    self?: Link;
    muteVideo?: Link;
    participant?: Link;
    unmuteVideo?: Link;
  };
}
