import type { ResourceOperations } from '../operation.js';
import type { Presence, PresencePostInput } from '../resources/presence.js';
import type { ConflictAlreadyExists, ConflictMakeMeAvailableRequired, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureCallbackChannelError, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

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
    errors: [
      ConflictMakeMeAvailableRequired,
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
  POST: {
    request: PresencePostInput;
    response: null;
    errors: [
      ConflictMakeMeAvailableRequired,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
