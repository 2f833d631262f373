import type { ResourceOperations } from '../operation.js';
import type { ConversationLog } from '../resources/conversationLog.js';
import type { CommonGetErrors, GoneCannotRedirect } from '../syncErrors.js';

/**
 * Operations of conversationLog, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage conversationLog
 */
export interface ConversationLogOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ConversationLog;
    errors: CommonGetErrors;
  };
  DELETE: {
    request: null;
    response: null;
    errors: [GoneCannotRedirect];
  };
}
