import type { ResourceOperations } from '../operation.js';
import type { Search2 } from '../resources/search2.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of search2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage search2
 */
export interface Search2Operations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: Search2;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
