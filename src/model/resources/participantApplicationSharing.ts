import type { Link } from '../base.js';
import type { MediaDirectionType } from '../enums.js';

/**
 * Present while a participant takes part in application sharing, so the
 * application can see them join or leave that modality.
 * @ucwaKind resource
 * @ucwaPage participantApplicationSharing
 */
export interface ParticipantApplicationSharing {
  rel?: 'participantApplicationSharing';
  /** Whether the participant sends, receives or both. */
  applicationSharingDirection?: MediaDirectionType;
  /** Media source ID of the participant's sharing stream. */
  applicationSharingSourceId?: string;
  _links?: {
    self?: Link;
    participant?: Link;
  };
}
