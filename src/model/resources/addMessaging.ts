import type { Link } from '../base.js';
import type { ClientContextInput } from '../newConversation.js';

/**
 * Action link that brings instant messaging into an existing conversation (peer-to-peer or
 * meeting) by starting a messaging invitation.
 * @ucwaKind resource
 * @ucwaPage addMessaging
 */
export interface AddMessaging {
  rel?: 'addMessaging';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST addMessaging`: a correlation id and, optionally, the first message to send.
 * @ucwaKind request
 * @ucwaPage addMessaging
 * @ucwaOperation POST
 */
export interface AddMessagingPostInput extends ClientContextInput {
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
