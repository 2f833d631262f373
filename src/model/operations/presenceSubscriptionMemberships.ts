import type { ResourceOperations } from '../operation.js';
import type { PresenceSubscriptionMemberships, PresenceSubscriptionMembershipsPostInput } from '../resources/presenceSubscriptionMemberships.js';
import type { CommonGetErrors, CommonPostErrors, ForbiddenLimitExceeded, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of presenceSubscriptionMemberships, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage presenceSubscriptionMemberships
 */
export interface PresenceSubscriptionMembershipsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: PresenceSubscriptionMemberships;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
  POST: {
    request: PresenceSubscriptionMembershipsPostInput;
    response: PresenceSubscriptionMemberships;
    errors: [ForbiddenNone, ForbiddenLimitExceeded, ...CommonPostErrors];
  };
}
