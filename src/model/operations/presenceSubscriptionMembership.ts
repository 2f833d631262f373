import type { ResourceOperations } from '../operation.js';
import type { PresenceSubscriptionMembership } from '../resources/presenceSubscriptionMembership.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

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
    errors: [
      ForbiddenNone,
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
  DELETE: {
    request: null;
    response: null;
    errors: [ForbiddenNone, GoneCannotRedirect];
  };
}
