import type { Link } from '../base.js';
import type { Direction, Importance, InvitationState } from '../enums.js';
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
export interface ParticipantInvitation {
  rel?: 'participantInvitation';
  direction?: Direction;
  importance?: Importance;
  /** Client-chosen ID that ties the invitation to its event-channel operation. */
  operationId?: string;
  state?: InvitationState;
  subject?: string;
  /** Thread ID of the conversation. */
  threadId?: string;
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
