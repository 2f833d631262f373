import type { ResourceOperations } from '../operation.js';
import type { From } from '../resources/from.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of from, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage from
 */
export interface FromOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: From;
    errors: CommonGetErrors;
  };
}
