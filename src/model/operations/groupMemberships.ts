import type { ResourceOperations } from '../operation.js';
import type { GroupMemberships } from '../resources/groupMemberships.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of groupMemberships, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage groupMemberships
 */
export interface GroupMembershipsOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: GroupMemberships;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
