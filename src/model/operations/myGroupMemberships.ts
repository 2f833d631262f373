import type { ResourceOperations } from '../operation.js';
import type { MyGroupMemberships } from '../resources/myGroupMemberships.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of myGroupMemberships, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myGroupMemberships
 */
export interface MyGroupMembershipsOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: MyGroupMemberships;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
