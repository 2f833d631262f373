import type { ResourceOperations } from '../operation.js';
import type { Conversations } from '../resources/conversations.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of conversations, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage conversations
 */
export interface ConversationsOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: Conversations;
    errors: CommonGetErrors;
  };
}
