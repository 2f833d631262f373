import type { ResourceOperations } from '../operation.js';
import type { SimultaneousRingToContactPostInput } from '../resources/simultaneousRingToContact.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of simultaneousRingToContact, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage simultaneousRingToContact
 */
export interface SimultaneousRingToContactOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: SimultaneousRingToContactPostInput;
    response: null;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
