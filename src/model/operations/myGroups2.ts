import type { ResourceOperations } from '../operation.js';
import type { MyGroups2, MyGroups2PostInput } from '../resources/myGroups2.js';
import type { CommonGetErrors, CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of myGroups2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myGroups2
 */
export interface MyGroups2Operations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: MyGroups2;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
  POST: {
    request: MyGroups2PostInput;
    response: null;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
