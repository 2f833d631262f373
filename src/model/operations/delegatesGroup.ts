import type { ResourceOperations } from '../operation.js';
import type { DelegatesGroup } from '../resources/delegatesGroup.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of delegatesGroup, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage delegatesGroup
 */
export interface DelegatesGroupOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: DelegatesGroup;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
