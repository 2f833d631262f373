import type { ResourceOperations } from '../operation.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of turnOffCallForwarding, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage turnOffCallForwarding
 */
export interface TurnOffCallForwardingOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: null;
    response: null;
    errors: [
      ForbiddenNone,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
