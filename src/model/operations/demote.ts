import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of demote, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage demote
 */
export interface DemoteOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
