import type { Link } from '../base.js';
import type { Importance } from '../enums.js';

/**
 * Operation that places an emergency (E911) call, available when enhanced emergency services are
 * enabled for the user.
 * @ucwaKind resource
 * @ucwaPage startEmergencyCall
 */
export interface StartEmergencyCall {
  rel?: 'startEmergencyCall';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startEmergencyCall`: the call to place and where the caller is.
 * @ucwaKind request
 * @ucwaPage startEmergencyCall
 * @ucwaOperation POST
 */
export interface StartEmergencyCallPostInput {
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
  /**
   * Opaque context the client attaches to the call session.
   * @maxLength 50
   */
  sessionContext?: string;
  /** Whether the user's audio starts muted when the call joins a meeting. */
  joinAudioMuted?: boolean;
  /** Street address of the caller. */
  address?: string;
  /** Building or room of the caller. */
  building?: string;
  /** City of the caller. */
  city?: string;
  /** Country or region of the caller. */
  country?: string;
  /** State or province of the caller. */
  state?: string;
  /** Postal code of the caller. */
  zip?: string;
  _links?: {
    /** SDP offer of the caller, sent as a `data:application/sdp` link. */
    mediaOffer?: Link;
    /** Custom content that travels with the invitation, sent as a `data:` link. */
    customContent?: Link;
  };
}
