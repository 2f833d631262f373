import type { ResourceOperations } from '../operation.js';
import type { ImmediateForwardToContactPostInput } from '../resources/immediateForwardToContact.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of immediateForwardToContact, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage immediateForwardToContact
 */
export interface ImmediateForwardToContactOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: ImmediateForwardToContactPostInput;
    response: null;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
