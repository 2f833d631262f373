import type { Link } from '../base.js';
import type { MediaDirectionType } from '../enums.js';

/**
 * Present while a participant takes part in panoramic video, with direction
 * and mute state.
 * @ucwaKind resource
 * @ucwaPage participantPanoramicVideo
 */
export interface ParticipantPanoramicVideo {
  rel?: 'participantPanoramicVideo';
  panoramicVideoDirection?: MediaDirectionType;
  panoramicVideoMuted?: boolean;
  /** Media source ID of the participant's panoramic video. */
  panoramicVideoSourceId?: string;
  _links?: {
    self?: Link;
    participant?: Link;
  };
}
