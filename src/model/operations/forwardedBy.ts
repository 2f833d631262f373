import type { ResourceOperations } from '../operation.js';
import type { ForwardedBy } from '../resources/forwardedBy.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of forwardedBy, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage forwardedBy
 */
export interface ForwardedByOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: ForwardedBy;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
