import type { ResourceOperations } from '../operation.js';
import type { Sessions } from '../resources/sessions.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of sessions, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage sessions
 */
export interface SessionsOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: Sessions;
    errors: CommonGetErrors;
  };
}
