import type { ResourceOperations } from '../operation.js';
import type { TransferredBy } from '../resources/transferredBy.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of transferredBy, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage transferredBy
 */
export interface TransferredByOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: TransferredBy;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
