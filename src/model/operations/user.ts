import type { ResourceOperations } from '../operation.js';
import type { User } from '../resources/user.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of user, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage user
 */
export interface UserOperations extends ResourceOperations {
  scopes: [];
  GET: {
    request: null;
    response: User;
    errors: CommonGetErrors;
  };
}
