import type { ResourceOperations } from '../operation.js';
import type { RemoveContactFromAllGroups2PostInput } from '../resources/removeContactFromAllGroups2.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of removeContactFromAllGroups2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage removeContactFromAllGroups2
 */
export interface RemoveContactFromAllGroups2Operations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  POST: {
    request: RemoveContactFromAllGroups2PostInput;
    response: null;
    errors: CommonPostErrors;
  };
}
