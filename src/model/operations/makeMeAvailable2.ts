import type { ResourceOperations } from '../operation.js';
import type { MakeMeAvailable2PostInput, MakeMeAvailable2PostResponse } from '../resources/makeMeAvailable2.js';
import type { CommonPostErrors, ForbiddenAnonymousNotAllowed, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of makeMeAvailable2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage makeMeAvailable2
 */
export interface MakeMeAvailable2Operations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Conversations.Receive'];
  POST: {
    request: MakeMeAvailable2PostInput;
    response: MakeMeAvailable2PostResponse;
    errors: [ForbiddenNone, ForbiddenAnonymousNotAllowed, ...CommonPostErrors];
  };
}
