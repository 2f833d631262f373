import type { ResourceOperations } from '../operation.js';
import type { MyOrganizationGroup } from '../resources/myOrganizationGroup.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of myOrganizationGroup, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myOrganizationGroup
 */
export interface MyOrganizationGroupOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: MyOrganizationGroup;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
