import type { ResourceOperations } from '../operation.js';
import type { PresenceSubscription, PresenceSubscriptionPostInput } from '../resources/presenceSubscription.js';
import type { CommonGetErrors, ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of presenceSubscription, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage presenceSubscription
 */
export interface PresenceSubscriptionOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: PresenceSubscription;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
  POST: {
    request: PresenceSubscriptionPostInput;
    response: PresenceSubscription;
    errors: [
      ForbiddenNone,
      ConflictNone,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      GoneCannotRedirect,
    ];
  };
  DELETE: {
    request: null;
    response: null;
    errors: [ForbiddenNone, GoneCannotRedirect];
  };
}
