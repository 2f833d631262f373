import type { Link } from '../base.js';
import type { ClientContextInput } from '../newConversation.js';
import type { Importance } from '../enums.js';

/**
 * Capability to join an online meeting that was already scheduled, by its
 * meeting URI (or a new ad-hoc meeting when no URI is given). A POST answers
 * 201; the resulting onlineMeetingInvitation is followed on the event channel.
 * @ucwaKind resource
 * @ucwaPage joinOnlineMeeting
 */
export interface JoinOnlineMeeting {
  rel?: 'joinOnlineMeeting';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST joinOnlineMeeting`.
 * @ucwaKind request
 * @ucwaPage joinOnlineMeeting
 * @ucwaOperation POST
 */
export interface JoinOnlineMeetingPostInput extends ClientContextInput {
  /** Meeting to join; omitted, the user joins a freshly created meeting. */
  onlineMeetingUri?: string;
  /**
   * Client-chosen id that ties this request to the operation reported on
   * the event channel.
   * @maxLength 50
   */
  operationId?: string;
  /** Hint for how the conversation should be presented. */
  importance?: Importance;
  /**
   * Subject of the conversation.
   * @maxLength 250
   */
  subject?: string;
  /** Thread id, to continue an earlier conversation. */
  threadId?: string;
}
