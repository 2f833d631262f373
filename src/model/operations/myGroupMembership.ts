import type { ResourceOperations } from '../operation.js';
import type { MyGroupMembership } from '../resources/myGroupMembership.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of myGroupMembership, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myGroupMembership
 */
export interface MyGroupMembershipOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: MyGroupMembership;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
