import type { ResourceOperations } from '../operation.js';
import type { Conversation } from '../resources/conversation.js';
import type { CommonGetErrors, GoneCannotRedirect } from '../syncErrors.js';

/**
 * Operations of conversation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage conversation
 */
export interface ConversationOperations extends ResourceOperations {
  scopes: ['Conversations.Receive'];
  GET: {
    request: null;
    response: Conversation;
    errors: CommonGetErrors;
  };
  DELETE: {
    request: null;
    response: null;
    errors: [GoneCannotRedirect];
  };
}
