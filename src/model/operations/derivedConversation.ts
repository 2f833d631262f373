import type { ResourceOperations } from '../operation.js';
import type { DerivedConversation } from '../resources/derivedConversation.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of derivedConversation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage derivedConversation
 */
export interface DerivedConversationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: DerivedConversation;
    errors: CommonGetErrors;
  };
}
