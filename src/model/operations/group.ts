import type { ResourceOperations } from '../operation.js';
import type { Group } from '../resources/group.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of group, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage group
 */
export interface GroupOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: Group;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
