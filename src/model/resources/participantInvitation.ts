import type { Link } from '../base.js';
import type { InvitationFields } from './invitation.js';
import type { AcceptedByParticipant } from './acceptedByParticipant.js';
import type { From } from './from.js';
import type { StartEmergencyCallParameters } from './audioVideoInvitation.js';

/**
 * An invitation asking one more person into an existing conversation,
 * incoming or outgoing (outgoing ones come from `addParticipant`). The first
 * message travels as the `message` data link.
 * @ucwaKind resource
 * @ucwaPage participantInvitation
 */
export interface ParticipantInvitation extends InvitationFields {
  rel?: 'participantInvitation';
  /** URI of the invited party. */
  to?: string;
  _links?: {
    self?: Link;
    acceptedByParticipant?: Link;
    cancel?: Link;
    conversation?: Link;
    from?: Link;
    /** First message, as a `data:` URI. */
    message?: Link;
    participant?: Link;
    to?: Link;
  };
  _embedded?: ParticipantInvitationEmbedded;
}

export interface ParticipantInvitationEmbedded {
  /** Who accepted (participant resources). */
  acceptedByParticipant?: AcceptedByParticipant[];
  /** The sender (a participant resource). */
  from?: From;
  startEmergencyCallInput?: StartEmergencyCallParameters[];
}
