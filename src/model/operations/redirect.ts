import type { ResourceOperations } from '../operation.js';
import type { Redirect } from '../resources/redirect.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of redirect, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage redirect
 */
export interface RedirectOperations extends ResourceOperations {
  scopes: [];
  GET: {
    request: null;
    response: Redirect;
    errors: CommonGetErrors;
  };
}
