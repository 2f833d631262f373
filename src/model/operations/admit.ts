import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of admit, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage admit
 */
export interface AdmitOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
