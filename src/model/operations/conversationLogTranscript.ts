import type { ResourceOperations } from '../operation.js';
import type { ConversationLogTranscript } from '../resources/conversationLogTranscript.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of conversationLogTranscript, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage conversationLogTranscript
 */
export interface ConversationLogTranscriptOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ConversationLogTranscript;
    errors: CommonGetErrors;
  };
}
