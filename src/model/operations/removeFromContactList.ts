import type { ResourceOperations } from '../operation.js';
import type { RemoveFromContactListPostInput } from '../resources/removeFromContactList.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of removeFromContactList, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage removeFromContactList
 */
export interface RemoveFromContactListOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  POST: {
    request: RemoveFromContactListPostInput;
    response: null;
    errors: CommonPostErrors;
  };
}
