import type { ResourceOperations } from '../operation.js';
import type { SimultaneousRingToDelegatesPostInput } from '../resources/simultaneousRingToDelegates.js';
import type { CommonPostErrors, ConflictNoDelegatesConfigured, ForbiddenNoDelegatesConfigured, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of simultaneousRingToDelegates, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage simultaneousRingToDelegates
 */
export interface SimultaneousRingToDelegatesOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: SimultaneousRingToDelegatesPostInput;
    response: null;
    errors: [
      ForbiddenNone,
      ForbiddenNoDelegatesConfigured,
      ConflictNoDelegatesConfigured,
      ...CommonPostErrors,
    ];
  };
}
