import type { ResourceOperations } from '../operation.js';
import type { AddToPresenceSubscriptionPostInput } from '../resources/addToPresenceSubscription.js';
import type { PresenceSubscriptionMemberships } from '../resources/presenceSubscriptionMemberships.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of addToPresenceSubscription, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage addToPresenceSubscription
 */
export interface AddToPresenceSubscriptionOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: AddToPresenceSubscriptionPostInput;
    response: PresenceSubscriptionMemberships;
    errors: [
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
