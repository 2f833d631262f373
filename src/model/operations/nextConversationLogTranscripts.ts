import type { ResourceOperations } from '../operation.js';
import type { NextConversationLogTranscripts } from '../resources/nextConversationLogTranscripts.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of nextConversationLogTranscripts, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage nextConversationLogTranscripts
 */
export interface NextConversationLogTranscriptsOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: NextConversationLogTranscripts;
    errors: CommonGetErrors;
  };
}
