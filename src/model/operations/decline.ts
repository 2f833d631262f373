import type { ResourceOperations } from '../operation.js';
import type { DeclinePostInput } from '../resources/decline.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of decline, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage decline
 */
export interface DeclineOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: DeclinePostInput;
    response: null;
    errors: CommonPostErrors;
  };
}
