import type { ResourceOperations } from '../operation.js';
import type { AddToContactListPostInput } from '../resources/addToContactList.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of addToContactList, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage addToContactList
 */
export interface AddToContactListOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  POST: {
    request: AddToContactListPostInput;
    response: null;
    errors: CommonPostErrors;
  };
}
