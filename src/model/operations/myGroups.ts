import type { ResourceOperations } from '../operation.js';
import type { MyGroups } from '../resources/myGroups.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of myGroups, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myGroups
 */
export interface MyGroupsOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: MyGroups;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
