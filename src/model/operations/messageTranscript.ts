import type { ResourceOperations } from '../operation.js';
import type { MessageTranscript } from '../resources/messageTranscript.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of messageTranscript, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage messageTranscript
 */
export interface MessageTranscriptOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: MessageTranscript;
    errors: CommonGetErrors;
  };
}
