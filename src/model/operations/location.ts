import type { ResourceOperations } from '../operation.js';
import type { Location, LocationPostInput } from '../resources/location.js';
import type { ConflictAlreadyExists, ConflictMakeMeAvailableRequired, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureCallbackChannelError, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of location, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage location
 */
export interface LocationOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: Location;
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
    request: LocationPostInput;
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
