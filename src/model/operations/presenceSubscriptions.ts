import type { ResourceOperations } from '../operation.js';
import type { PresenceSubscription } from '../resources/presenceSubscription.js';
import type { PresenceSubscriptions, PresenceSubscriptionsPostInput } from '../resources/presenceSubscriptions.js';
import type { CommonGetErrors, CommonPostErrors, ForbiddenLimitExceeded, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of presenceSubscriptions, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage presenceSubscriptions
 */
export interface PresenceSubscriptionsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: PresenceSubscriptions;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
  POST: {
    request: PresenceSubscriptionsPostInput;
    response: PresenceSubscription;
    errors: [ForbiddenNone, ForbiddenLimitExceeded, ...CommonPostErrors];
  };
}
