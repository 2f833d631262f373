import type { Link } from '../base.js';
import type { Importance } from '../enums.js';

/**
 * Operation that invites a contact to a new conversation with instant messaging.
 * @ucwaKind resource
 * @ucwaPage startMessaging
 */
export interface StartMessaging {
  rel?: 'startMessaging';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startMessaging`: who to invite, conversation details, and an optional first message.
 * @ucwaKind request
 * @ucwaPage startMessaging
 * @ucwaOperation POST
 */
export interface StartMessagingPostInput {
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
  _links?: {
    /** First message of the conversation, sent as a `data:text/plain` (or html) link. */
    message?: Link;
  };
}
