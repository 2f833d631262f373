import type { ResourceOperations } from '../operation.js';
import type { Presence, PresencePostInput } from '../resources/presence.js';
import type { CommonGetErrors, CommonPostErrors, ConflictMakeMeAvailableRequired } from '../syncErrors.js';

/**
 * Operations of presence, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage presence
 */
export interface PresenceOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: Presence;
    errors: [ConflictMakeMeAvailableRequired, ...CommonGetErrors];
  };
  POST: {
    request: PresencePostInput;
    response: null;
    errors: [ConflictMakeMeAvailableRequired, ...CommonPostErrors];
  };
}
