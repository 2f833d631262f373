import type { Link } from '../base.js';

/**
 * Operation that sends an instant message to the other participants of a conversation.
 * @ucwaKind resource
 * @ucwaPage sendMessage
 */
export interface SendMessage {
  rel?: 'sendMessage';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST sendMessage`: the message text itself (`text/plain`, or `text/html`); the
 * `operationId` goes in the query string.
 * @ucwaKind request
 * @ucwaPage sendMessage
 * @ucwaOperation POST
 * @ucwaContentType text/plain
 */
export type SendMessagePostInput = string;
