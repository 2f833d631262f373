import type { Link } from '../base.js';
import type { ClientContextInput } from '../newConversation.js';
import type { Importance } from '../enums.js';

/**
 * Operation that creates an ad hoc online meeting and joins the user to it.
 * @ucwaKind resource
 * @ucwaPage startOnlineMeeting
 */
export interface StartOnlineMeeting {
  rel?: 'startOnlineMeeting';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startOnlineMeeting`: details of the new meeting conversation.
 * @ucwaKind request
 * @ucwaPage startOnlineMeeting
 * @ucwaOperation POST
 */
export interface StartOnlineMeetingPostInput extends ClientContextInput {
  /**
   * Id chosen by the client so it can match this request with the operation reported on the event channel.
   * @maxLength 50
   */
  operationId?: string;
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
