import type { ResourceOperations } from '../operation.js';
import type { Search } from '../resources/search.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of search, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage search
 */
export interface SearchOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: Search;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
