import type { Link } from '../base.js';
import type { Importance } from '../enums.js';

/**
 * Operation that starts a call-via-work with custom content attached to the invitation.
 * @ucwaKind resource
 * @ucwaPage startPhoneAudio2
 */
export interface StartPhoneAudio2 {
  rel?: 'startPhoneAudio2';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startPhoneAudio2`: who to call, which phone of the user to ring first, and custom content.
 * @ucwaKind request
 * @ucwaPage startPhoneAudio2
 * @ucwaOperation POST
 */
export interface StartPhoneAudio2PostInput {
  /**
   * Id chosen by the client so it can match this request with the operation reported on the event channel.
   * @maxLength 50
   */
  operationId?: string;
  /** Number the server rings first to connect the user; digits, optionally E.164 with a leading "+". Defaults to the number given when the application was created. */
  phoneNumber?: string;
  /** How urgent the conversation is; a hint the callee may show. */
  importance?: Importance;
  /**
   * Subject of the new conversation.
   * @maxLength 250
   */
  subject?: string;
  /** Thread id of an earlier conversation that this one continues. */
  threadId?: string;
  /** SIP URI of the contact to invite (a tel URI for a phone number). */
  to: string;
  _links?: {
    /** Custom content that travels with the invitation, sent as a `data:` link. */
    customContent?: Link;
  };
}
