import type { ResourceOperations } from '../operation.js';
import type { ChangeVisibilityPostInput } from '../resources/changeVisibility.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of changeVisibility, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage changeVisibility
 */
export interface ChangeVisibilityOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: ChangeVisibilityPostInput;
    response: null;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
