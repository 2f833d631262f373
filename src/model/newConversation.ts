/**
 * Request fields shared by the operations that start a new conversation (startMessaging,
 * startAudio*, startVideo, startAudioVideo*, startEmergencyCall, startPhoneAudio*). Each
 * operation's body is an interface of its own page built from these parts; the parts carry
 * no `@ucwaKind`, so they are never resources or request bodies themselves.
 *
 * `ClientContextInput` holds what real clients add to every body that starts an operation
 * (the bodies with an `operationId`), beyond the pages.
 */
import type { Link } from './base.js';
import type { Importance } from './enums.js';

/**
 * Fields real clients (browser SDKs among them) send in the bodies that start an operation,
 * though the pages list them for few of those bodies.
 */
export interface ClientContextInput {
  /**
   * Opaque context the client attaches to the conversation or call session.
   * @maxLength 50
   */
  sessionContext?: string;
  /** Id the client uses to correlate its own telemetry with this operation. */
  telemetryId?: string;
}

/** Who to reach and what the new conversation is about. */
export interface NewConversationInput extends ClientContextInput {
  /**
   * Id chosen by the client so it can match this request with the operation reported on the event channel.
   * @maxLength 50
   */
  operationId?: string;
  /** SIP URI of the contact to invite (a tel URI for a phone number). */
  to: string;
  /** How urgent the conversation is; a hint the callee may show. */
  importance?: Importance;
  /**
   * Subject of the new conversation.
   * @maxLength 250
   */
  subject?: string;
  /** Thread id of an earlier conversation that this one continues. */
  threadId?: string;
}

/** A call whose media the client itself sends (audio, video or both). */
export interface MediaCallInput extends NewConversationInput {}

/** A call with audio. */
export interface AudioJoinInput {
  /** Whether the user's audio starts muted when the call joins a meeting. */
  joinAudioMuted?: boolean;
}

/** A call with video. */
export interface VideoJoinInput {
  /** Whether the user's video starts muted when the call joins a meeting. */
  joinVideoMuted?: boolean;
}

/** A call placed by a delegate. */
export interface DelegatorInput {
  /** SIP URI of the delegator on whose behalf the call is placed. */
  delegator?: string;
}

/** A call-via-work: the server rings one of the user's own phones first. */
export interface PhoneAudioInput extends NewConversationInput {
  /** Number the server rings first to connect the user; digits, optionally E.164 with a leading "+". Defaults to the number given when the application was created. */
  phoneNumber?: string;
}

/** The caller's SDP offer only. */
export interface MediaOfferLinks {
  _links?: {
    /** SDP offer of the caller, sent as a `data:application/sdp` link. */
    mediaOffer?: Link;
  };
}

/** The caller's SDP offer and custom content for the invitation. */
export interface MediaOfferCustomContentLinks {
  _links?: {
    /** SDP offer of the caller, sent as a `data:application/sdp` link. */
    mediaOffer?: Link;
    /** Custom content that travels with the invitation, sent as a `data:` link. */
    customContent?: Link;
  };
}

/** Custom content for the invitation only. */
export interface CustomContentLinks {
  _links?: {
    /** Custom content that travels with the invitation, sent as a `data:` link. */
    customContent?: Link;
  };
}
