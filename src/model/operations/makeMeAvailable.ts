import type { ResourceOperations } from '../operation.js';
import type { MakeMeAvailablePostInput } from '../resources/makeMeAvailable.js';
import type { CommonPostErrors, ForbiddenAnonymousNotAllowed, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of makeMeAvailable, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage makeMeAvailable
 */
export interface MakeMeAvailableOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Conversations.Receive'];
  POST: {
    request: MakeMeAvailablePostInput;
    response: null;
    errors: [ForbiddenNone, ForbiddenAnonymousNotAllowed, ...CommonPostErrors];
  };
}
