import type { ResourceOperations } from '../operation.js';
import type { Application } from '../resources/application.js';
import type { Applications2, Applications2PostInput } from '../resources/applications2.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, ServiceFailureCallbackChannelError, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of applications2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage applications2
 */
export interface Applications2Operations extends ResourceOperations {
  scopes: [];
  GET: {
    request: null;
    response: Applications2;
    errors: [
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
    ];
  };
  POST: {
    request: Applications2PostInput;
    response: Application;
    errors: [
      ForbiddenNone,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
    ];
  };
}
