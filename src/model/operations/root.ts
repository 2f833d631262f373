import type { ResourceOperations } from '../operation.js';
import type { Root } from '../resources/root.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of root, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage root
 */
export interface RootOperations extends ResourceOperations {
  scopes: [];
  GET: {
    request: null;
    response: Root;
    errors: CommonGetErrors;
  };
}
