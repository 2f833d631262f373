import type { ResourceOperations } from '../operation.js';
import type { DelegatorsGroup } from '../resources/delegatorsGroup.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of delegatorsGroup, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage delegatorsGroup
 */
export interface DelegatorsGroupOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: DelegatorsGroup;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
