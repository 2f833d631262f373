import type { ResourceOperations } from '../operation.js';
import type { Location, LocationPostInput } from '../resources/location.js';
import type { CommonGetErrors, CommonPostErrors, ConflictMakeMeAvailableRequired } from '../syncErrors.js';

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
    errors: [ConflictMakeMeAvailableRequired, ...CommonGetErrors];
  };
  POST: {
    request: LocationPostInput;
    response: null;
    errors: [ConflictMakeMeAvailableRequired, ...CommonPostErrors];
  };
}
