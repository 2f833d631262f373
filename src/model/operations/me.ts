import type { ResourceOperations } from '../operation.js';
import type { Me } from '../resources/me.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of me, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage me
 */
export interface MeOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: Me;
    errors: CommonGetErrors;
  };
}
