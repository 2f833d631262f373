import type { ResourceOperations } from '../operation.js';
import type { AddToPresenceSubscriptionPostInput } from '../resources/addToPresenceSubscription.js';
import type { PresenceSubscriptionMemberships } from '../resources/presenceSubscriptionMemberships.js';
import type { CommonPostErrors } from '../syncErrors.js';

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
    errors: CommonPostErrors;
  };
}
