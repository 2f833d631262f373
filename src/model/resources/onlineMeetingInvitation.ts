import type { Link } from '../base.js';
import type { ConversationModalityType } from '../enums.js';
import type { InvitationFields } from './invitation.js';
import type { From } from './from.js';
import type { StartEmergencyCallParameters } from './audioVideoInvitation.js';

/**
 * An incoming or outgoing invitation to join a meeting; it tracks whether the
 * invitation is accepted, declined or ignored. The first message travels as
 * the `message` data link.
 * @ucwaKind resource
 * @ucwaPage onlineMeetingInvitation
 */
export interface OnlineMeetingInvitation extends InvitationFields {
  rel?: 'onlineMeetingInvitation';
  /** Name shown for an anonymous joiner; only anonymous users set it. */
  anonymousDisplayName?: string;
  /** Modalities the meeting offers. */
  availableModalities?: ConversationModalityType[];
  /** URI of the meeting to join. */
  onlineMeetingUri?: string;
  /** URI of the invited party. */
  to?: string;
  _links?: {
    self?: Link;
    accept?: Link;
    acceptedByContact?: Link;
    cancel?: Link;
    conversation?: Link;
    decline?: Link;
    from?: Link;
    /** First message, as a `data:` URI. */
    message?: Link;
    onBehalfOf?: Link;
    to?: Link;
  };
  _embedded?: OnlineMeetingInvitationEmbedded;
}

export interface OnlineMeetingInvitationEmbedded {
  /** The sender (a participant resource). */
  from?: From;
  startEmergencyCallInput?: StartEmergencyCallParameters[];
}
