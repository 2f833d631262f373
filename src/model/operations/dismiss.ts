import type { ResourceOperations } from '../operation.js';
import type { DismissPostInput } from '../resources/dismiss.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of dismiss, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage dismiss
 */
export interface DismissOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: DismissPostInput;
    response: null;
    errors: CommonPostErrors;
  };
}
