import type { ResourceOperations } from '../operation.js';
import type { Memberships, MembershipsPostInput } from '../resources/memberships.js';
import type { PresenceSubscriptionMemberships } from '../resources/presenceSubscriptionMemberships.js';
import type { CommonGetErrors, CommonPostErrors, ForbiddenLimitExceeded, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of memberships, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage memberships
 */
export interface MembershipsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: Memberships;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
  POST: {
    request: MembershipsPostInput;
    response: PresenceSubscriptionMemberships;
    errors: [ForbiddenNone, ForbiddenLimitExceeded, ...CommonPostErrors];
  };
}
