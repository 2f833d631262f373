import type { Link } from '../base.js';
import type { LimitedInvitationFields } from './invitation.js';
import type { AcceptedByParticipant } from './acceptedByParticipant.js';
import type { StartEmergencyCallParameters } from './audioVideoInvitation.js';
import type { From } from './from.js';

/**
 * An invitation, incoming or outgoing, to chat by instant message. Outgoing
 * ones come from startMessaging (which also creates the conversation) or from
 * addMessaging on an existing conversation. The first message and any custom
 * content travel as `data:` links.
 * @ucwaKind resource
 * @ucwaPage messagingInvitation
 */
export interface MessagingInvitation extends LimitedInvitationFields {
  rel?: 'messagingInvitation';
  /** URI the invitation is addressed to. */
  to?: string;
  _links?: {
    self?: Link;
    /** Custom content sent with the invitation, as a `data:` URI. */
    customContent?: Link;
    /** The first message of the conversation, as a `data:` URI. */
    message?: Link;
    accept?: Link;
    acceptedByContact?: Link;
    acceptedByParticipant?: Link;
    cancel?: Link;
    conversation?: Link;
    decline?: Link;
    derivedMessaging?: Link;
    from?: Link;
    messaging?: Link;
    onBehalfOf?: Link;
    to?: Link;
  };
  _embedded?: MessagingInvitationEmbedded;
}

/** Participants (and emergency-call parameters) sent in full with the invitation. */
export interface MessagingInvitationEmbedded {
  acceptedByParticipant?: AcceptedByParticipant[];
  from?: From;
  /** Emergency-call parameters (undocumented; only the examples show it). */
  startEmergencyCallInput?: StartEmergencyCallParameters[];
}
