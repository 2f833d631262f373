import type { ResourceOperations } from '../operation.js';
import type { Group2, Group2PutInput } from '../resources/group2.js';
import type { CommonGetErrors, ForbiddenNone, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of group2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage group2
 */
export interface Group2Operations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: Group2;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
  DELETE: {
    request: null;
    response: null;
    errors: [GoneCannotRedirect];
  };
  PUT: {
    request: Group2PutInput;
    response: null;
    errors: [ServiceFailureInvalidExchangeServerVersion, GoneCannotRedirect];
  };
}
