import type { Link } from '../base.js';
import type { ClientContextInput } from '../newConversation.js';
import type { Importance } from '../enums.js';

/**
 * Operation that invites a contact to a new conversation with instant messaging, with custom content
 * attached to the invitation.
 * @ucwaKind resource
 * @ucwaPage startMessaging2
 */
export interface StartMessaging2 {
  rel?: 'startMessaging2';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startMessaging2`: who to invite, conversation details, a first message and custom content.
 * @ucwaKind request
 * @ucwaPage startMessaging2
 * @ucwaOperation POST
 */
export interface StartMessaging2PostInput extends ClientContextInput {
  /**
   * Id chosen by the client so it can match this request with the operation reported on the event channel.
   * @maxLength 50
   */
  operationId: string;
  /** SIP URI of the contact to invite. */
  to?: string;
  /** How urgent the conversation is; a hint the callee may show. */
  importance?: Importance;
  /**
   * Subject of the new conversation.
   * @maxLength 250
   */
  subject?: string;
  /**
   * Thread id of an earlier conversation that this one continues.
   * @maxLength 250
   */
  threadId?: string;
  _links?: {
    /** First message of the conversation, sent as a `data:text/plain` (or html) link. */
    message?: Link;
    /** Custom content that travels with the invitation, sent as a `data:` link. */
    customContent?: Link;
  };
}
