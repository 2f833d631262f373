import type { ResourceOperations } from '../operation.js';
import type { MyGroupMembership2 } from '../resources/myGroupMembership2.js';
import type { CommonGetErrors, ForbiddenNone, ForbiddenOperationNotSupported, GoneCannotRedirect, NotFoundNone, ServiceFailureMigrationInProgress } from '../syncErrors.js';

/**
 * Operations of myGroupMembership2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myGroupMembership2
 */
export interface MyGroupMembership2Operations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: MyGroupMembership2;
    errors: [ForbiddenOperationNotSupported, ForbiddenNone, ...CommonGetErrors];
  };
  DELETE: {
    request: null;
    response: null;
    errors: [ServiceFailureMigrationInProgress, NotFoundNone, GoneCannotRedirect];
  };
}
