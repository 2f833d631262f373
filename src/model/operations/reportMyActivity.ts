import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors, ConflictMakeMeAvailableRequired, ForbiddenAnonymousNotAllowed } from '../syncErrors.js';

/**
 * Operations of reportMyActivity, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage reportMyActivity
 */
export interface ReportMyActivityOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: null;
    response: null;
    errors: [ForbiddenAnonymousNotAllowed, ConflictMakeMeAvailableRequired, ...CommonPostErrors];
  };
}
