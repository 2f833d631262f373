import type { Link } from '../base.js';
import type { ClientContextInput } from '../newConversation.js';

/**
 * Action link on a conversation log that resumes the past conversation with instant
 * messaging, by starting a new messaging invitation.
 * @ucwaKind resource
 * @ucwaPage continueMessaging
 */
export interface ContinueMessaging {
  rel?: 'continueMessaging';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST continueMessaging`: a correlation id and, optionally, the first message to send.
 * @ucwaKind request
 * @ucwaPage continueMessaging
 * @ucwaOperation POST
 */
export interface ContinueMessagingPostInput extends ClientContextInput {
  /**
   * Client-chosen id that ties this request to the invitation reported on the event channel.
   * @maxLength 50
   */
  operationId?: string;
  _links?: {
    /** Opening message, as a `data:text/plain` or `data:text/html` URI. */
    message?: Link;
  };
}
