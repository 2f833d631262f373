import type { Link } from '../base.js';
import type { NewConversationInput } from '../newConversation.js';

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
export interface StartMessagingPostInput extends NewConversationInput {
  _links?: {
    /** First message of the conversation, sent as a `data:text/plain` (or html) link. */
    message?: Link;
  };
}
