import type { ResourceOperations } from '../operation.js';
import type { ConversationLogs } from '../resources/conversationLogs.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of conversationLogs, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage conversationLogs
 */
export interface ConversationLogsOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ConversationLogs;
    errors: CommonGetErrors;
  };
}
