import type { Link } from '../base.js';
import type { Direction, Importance, InvitationState } from '../enums.js';

/**
 * What every invitation has in common. The server never sends this type as
 * such: it sends one of the concrete invitations, whose rel names the
 * modality.
 * @ucwaKind resource
 * @ucwaPage invitation
 */
export interface Invitation {
  rel?:
    | 'audioVideoInvitation'
    | 'messagingInvitation'
    | 'onlineMeetingInvitation'
    | 'participantInvitation'
    | 'phoneAudioInvitation';
  /** Whether the invitation was received or sent by the user. */
  direction?: Direction;
  /** Urgency the sender gave the conversation. */
  importance?: Importance;
  /** Client-chosen id that ties the invitation to the request that started it (at most 50 characters). */
  operationId?: string;
  /** Progress of the invitation. */
  state?: InvitationState;
  /** Subject of the conversation (at most 250 characters). */
  subject?: string;
  /** Thread id of the conversation. */
  threadId?: string;
  _links?: {
    self?: Link;
    cancel?: Link;
    conversation?: Link;
    from?: Link;
  };
}
