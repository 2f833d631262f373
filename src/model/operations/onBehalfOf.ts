import type { ResourceOperations } from '../operation.js';
import type { OnBehalfOf } from '../resources/onBehalfOf.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of onBehalfOf, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage onBehalfOf
 */
export interface OnBehalfOfOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: OnBehalfOf;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
