import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors, ConflictNoDelegatesConfigured, ForbiddenNoDelegatesConfigured, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of immediateForwardToDelegates, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage immediateForwardToDelegates
 */
export interface ImmediateForwardToDelegatesOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: null;
    response: null;
    errors: [
      ForbiddenNone,
      ForbiddenNoDelegatesConfigured,
      ConflictNoDelegatesConfigured,
      ...CommonPostErrors,
    ];
  };
}
