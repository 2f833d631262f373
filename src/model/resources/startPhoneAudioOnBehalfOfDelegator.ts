import type { Link } from '../base.js';
import type { Importance } from '../enums.js';

/**
 * Operation that starts a call-via-work on behalf of a delegator the user acts for.
 * @ucwaKind resource
 * @ucwaPage startPhoneAudioOnBehalfOfDelegator
 */
export interface StartPhoneAudioOnBehalfOfDelegator {
  rel?: 'startPhoneAudioOnBehalfOfDelegator';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startPhoneAudioOnBehalfOfDelegator`: who to call, for whom, and which phone of the user to ring first.
 * @ucwaKind request
 * @ucwaPage startPhoneAudioOnBehalfOfDelegator
 * @ucwaOperation POST
 */
export interface StartPhoneAudioOnBehalfOfDelegatorPostInput {
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
  /** SIP URI of the delegator on whose behalf the call is placed. */
  delegator?: string;
  _links?: {
    /** Custom content that travels with the invitation, sent as a `data:` link. */
    customContent?: Link;
  };
}
