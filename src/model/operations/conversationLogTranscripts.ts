import type { ResourceOperations } from '../operation.js';
import type { ConversationLogTranscripts } from '../resources/conversationLogTranscripts.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of conversationLogTranscripts, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage conversationLogTranscripts
 */
export interface ConversationLogTranscriptsOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ConversationLogTranscripts;
    errors: CommonGetErrors;
  };
}
