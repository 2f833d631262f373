import type { ResourceOperations } from '../operation.js';
import type { UnansweredCallToContactPostInput } from '../resources/unansweredCallToContact.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of unansweredCallToContact, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage unansweredCallToContact
 */
export interface UnansweredCallToContactOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: UnansweredCallToContactPostInput;
    response: null;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
