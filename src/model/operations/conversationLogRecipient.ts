import type { ResourceOperations } from '../operation.js';
import type { ConversationLogRecipient } from '../resources/conversationLogRecipient.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of conversationLogRecipient, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage conversationLogRecipient
 */
export interface ConversationLogRecipientOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ConversationLogRecipient;
    errors: CommonGetErrors;
  };
}
