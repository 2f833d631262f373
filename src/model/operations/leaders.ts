import type { ResourceOperations } from '../operation.js';
import type { Leaders } from '../resources/leaders.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of leaders, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage leaders
 */
export interface LeadersOperations extends ResourceOperations {
  scopes: ['Conversations.Receive'];
  GET: {
    request: null;
    response: Leaders;
    errors: CommonGetErrors;
  };
}
