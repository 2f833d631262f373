import type { ResourceOperations } from '../operation.js';
import type { ErrorTranscript } from '../resources/errorTranscript.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of errorTranscript, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage errorTranscript
 */
export interface ErrorTranscriptOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ErrorTranscript;
    errors: CommonGetErrors;
  };
}
