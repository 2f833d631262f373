import type { Link } from '../base.js';
import type { Importance } from '../enums.js';

/**
 * Operation that places a video call to a contact in a new conversation.
 * @ucwaKind resource
 * @ucwaPage startVideo
 */
export interface StartVideo {
  rel?: 'startVideo';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startVideo`: who to call, conversation details, and the SDP offer.
 * @ucwaKind request
 * @ucwaPage startVideo
 * @ucwaOperation POST
 */
export interface StartVideoPostInput {
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
  /** Whether the user's video starts muted when the call joins a meeting. */
  joinVideoMuted?: boolean;
  _links?: {
    /** SDP offer of the caller, sent as a `data:application/sdp` link. */
    mediaOffer?: Link;
  };
}
