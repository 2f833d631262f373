import type { ResourceOperations } from '../operation.js';
import type { Delegator } from '../resources/delegator.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of delegator, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage delegator
 */
export interface DelegatorOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: Delegator;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
