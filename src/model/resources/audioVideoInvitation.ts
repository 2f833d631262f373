import type { Link } from '../base.js';
import type { LimitedInvitationFields } from './invitation.js';
import type { AcceptedByParticipant } from './acceptedByParticipant.js';
import type { From } from './from.js';

/**
 * An invitation, incoming or outgoing, that sets up audio and/or video in a conversation.
 * Besides the usual invitation data it can carry an emergency-call location (address
 * fields) and custom content; its SDP offer travels as a `data:` link.
 * @ucwaKind resource
 * @ucwaPage audioVideoInvitation
 */
export interface AudioVideoInvitation extends LimitedInvitationFields {
  rel?: 'audioVideoInvitation';
  /** Street address of a custom (emergency) location. */
  address?: string;
  /** Bandwidth control id of the call. */
  bandwidthControlId?: string;
  /** Building or room of a custom location. */
  building?: string;
  /** City of a custom location. */
  city?: string;
  /** Country or region of a custom location. */
  country?: string;
  /** URI of the delegator on whose behalf the invitation is made. */
  delegator?: string;
  /** Whether the user's audio starts muted when joining a meeting. */
  joinAudioMuted?: boolean;
  /** Whether the user's video starts muted when joining a meeting. */
  joinVideoMuted?: boolean;
  /** State or province of a custom location. */
  locationState?: string;
  /** Whether the invitation came in on one of the local participant's private lines. */
  privateLine?: boolean;
  /**
   * Session context the client supplied.
   * @maxLength 50
   */
  sessionContext?: string;
  /** URI the invitation is addressed to. */
  to?: string;
  /** Postal code of a custom location. */
  zip?: string;
  _links?: {
    self?: Link;
    /** Custom content sent with the invitation, as a `data:` URI. */
    customContent?: Link;
    /** The SDP offer, as a `data:` URI. */
    mediaOffer?: Link;
    acceptedByContact?: Link;
    acceptedByParticipant?: Link;
    acceptWithAnswer?: Link;
    acceptWithPhoneAudio?: Link;
    audioVideo?: Link;
    cancel?: Link;
    conversation?: Link;
    decline?: Link;
    delegator?: Link;
    derivedAudioVideo?: Link;
    derivedConversation?: Link;
    forwardedBy?: Link;
    from?: Link;
    onBehalfOf?: Link;
    replacesAudioVideo?: Link;
    reportMediaDiagnostics?: Link;
    sendProvisionalAnswer?: Link;
    to?: Link;
    transferredBy?: Link;
  };
  _embedded?: AudioVideoInvitationEmbedded;
}

export interface AudioVideoInvitationEmbedded {
  acceptedByParticipant?: AcceptedByParticipant[];
  from?: From;
  /** Emergency-call parameters (undocumented; only the examples show it). */
  startEmergencyCallInput?: StartEmergencyCallParameters[];
}

/**
 * Parameters of an emergency call attached to an invitation (rel
 * `startEmergencyCallParameters`). No page documents it; the invitation examples show it
 * embedded as `startEmergencyCallInput` with nothing but a self link.
 * @ucwaKind resource
 */
export interface StartEmergencyCallParameters {
  rel?: 'startEmergencyCallParameters';
  _links?: {
    self?: Link;
  };
}
