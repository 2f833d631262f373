import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of markAsRead, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage markAsRead
 */
export interface MarkAsReadOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
