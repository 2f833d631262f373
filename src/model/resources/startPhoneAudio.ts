import type { Link } from '../base.js';
import type { Importance } from '../enums.js';

/**
 * Operation that starts a call-via-work: the server first rings the user's own phone, then connects it
 * to the callee.
 * @ucwaKind resource
 * @ucwaPage startPhoneAudio
 */
export interface StartPhoneAudio {
  rel?: 'startPhoneAudio';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startPhoneAudio`: who to call and which phone of the user to ring first.
 * @ucwaKind request
 * @ucwaPage startPhoneAudio
 * @ucwaOperation POST
 */
export interface StartPhoneAudioPostInput {
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
}
