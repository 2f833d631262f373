import type { Link } from '../base.js';
import type { MediaDirectionType } from '../enums.js';

/**
 * Present while a participant is in the conversation's audio, with their
 * direction and mute state.
 * @ucwaKind resource
 * @ucwaPage participantAudio
 */
export interface ParticipantAudio {
  rel?: 'participantAudio';
  audioDirection?: MediaDirectionType;
  audioMuted?: boolean;
  /** Media source ID of the participant's audio. */
  audioSourceId?: string;
  _links?: {
    self?: Link;
    muteAudio?: Link;
    participant?: Link;
    unmuteAudio?: Link;
  };
}
