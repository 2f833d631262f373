import type { ResourceOperations } from '../operation.js';
import type { AcceptedByContact } from '../resources/acceptedByContact.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of acceptedByContact, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage acceptedByContact
 */
export interface AcceptedByContactOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: AcceptedByContact;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
