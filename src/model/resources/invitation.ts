import type { Link } from '../base.js';
import type { Direction, Importance, InvitationState } from '../enums.js';

/**
 * The properties every invitation has, whatever its modality. The concrete invitations add
 * their own rel, properties, links and embedded resources.
 */
export interface InvitationFields {
  /** Whether the invitation was received or sent by the user. */
  direction?: Direction;
  /** Urgency the sender gave the conversation. */
  importance?: Importance;
  /** Client-chosen id that ties the invitation to the request that started it. */
  operationId?: string;
  /** Progress of the invitation. */
  state?: InvitationState;
  /** Subject of the conversation. */
  subject?: string;
  /** Thread id of the conversation. */
  threadId?: string;
}

/** The invitation fields with the lengths that the messaging and audio/video pages document. */
export interface LimitedInvitationFields extends InvitationFields {
  /**
   * Client-chosen id that ties the invitation to the request that started it.
   * @maxLength 50
   */
  operationId?: string;
  /**
   * Subject of the conversation.
   * @maxLength 250
   */
  subject?: string;
}

/**
 * What every invitation has in common. The server never sends this type as
 * such: it sends one of the concrete invitations, whose rel names the
 * modality.
 * @ucwaKind resource
 * @ucwaPage invitation
 */
export interface Invitation extends InvitationFields {
  rel?:
    | 'audioVideoInvitation'
    | 'messagingInvitation'
    | 'onlineMeetingInvitation'
    | 'participantInvitation'
    | 'phoneAudioInvitation';
  _links?: {
    self?: Link;
    cancel?: Link;
    conversation?: Link;
    from?: Link;
  };
}
