import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of cancel, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage cancel
 */
export interface CancelOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
