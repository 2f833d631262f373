import type { ResourceOperations } from '../operation.js';
import type { To } from '../resources/to.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of to, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage to
 */
export interface ToOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: To;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
