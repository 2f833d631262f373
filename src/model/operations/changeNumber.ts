import type { ResourceOperations } from '../operation.js';
import type { ChangeNumberPostInput } from '../resources/changeNumber.js';
import type { BadRequestNormalizationFailed, CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of changeNumber, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage changeNumber
 */
export interface ChangeNumberOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: ChangeNumberPostInput;
    response: null;
    errors: [ForbiddenNone, BadRequestNormalizationFailed, ...CommonPostErrors];
  };
}
