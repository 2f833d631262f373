import type { ResourceOperations } from '../operation.js';
import type { PresenceSubscriptionMembership } from '../resources/presenceSubscriptionMembership.js';
import type { CommonGetErrors, ForbiddenNone, GoneCannotRedirect } from '../syncErrors.js';

/**
 * Operations of presenceSubscriptionMembership, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage presenceSubscriptionMembership
 */
export interface PresenceSubscriptionMembershipOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: PresenceSubscriptionMembership;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
  DELETE: {
    request: null;
    response: null;
    errors: [ForbiddenNone, GoneCannotRedirect];
  };
}
