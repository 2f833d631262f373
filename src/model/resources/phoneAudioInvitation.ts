import type { Link } from '../base.js';
import type { InvitationFields } from './invitation.js';
import type { AcceptedByParticipant } from './acceptedByParticipant.js';
import type { From } from './from.js';
import type { StartEmergencyCallParameters } from './audioVideoInvitation.js';

/**
 * An incoming or outgoing invitation to a phone (PSTN) call in a
 * conversation, created by `startPhoneAudio` or `addPhoneAudio` when
 * outgoing. Custom content travels as the `customContent` data link.
 * @ucwaKind resource
 * @ucwaPage phoneAudioInvitation
 */
export interface PhoneAudioInvitation extends InvitationFields {
  rel?: 'phoneAudioInvitation';
  /** URI of the person the call is made on behalf of. */
  delegator?: string;
  /** Whether audio starts muted when joining a meeting. */
  joinAudioMuted?: boolean;
  /** Local user's telephone number. */
  phoneNumber?: string;
  /** Whether the call came in on the local user's private line. */
  privateLine?: boolean;
  /** URI of the invited party. */
  to?: string;
  _links?: {
    self?: Link;
    accept?: Link;
    acceptedByContact?: Link;
    acceptedByParticipant?: Link;
    cancel?: Link;
    conversation?: Link;
    /** Application content sent with the invitation, as a `data:` URI. */
    customContent?: Link;
    decline?: Link;
    delegator?: Link;
    derivedConversation?: Link;
    derivedPhoneAudio?: Link;
    forwardedBy?: Link;
    from?: Link;
    onBehalfOf?: Link;
    phoneAudio?: Link;
    replacesPhoneAudio?: Link;
    to?: Link;
    transferredBy?: Link;
  };
  _embedded?: PhoneAudioInvitationEmbedded;
}

export interface PhoneAudioInvitationEmbedded {
  /** Who accepted (participant resources). */
  acceptedByParticipant?: AcceptedByParticipant[];
  /** The caller (a participant resource). */
  from?: From;
  startEmergencyCallInput?: StartEmergencyCallParameters[];
}
