import type { ResourceOperations } from '../operation.js';
import type { Contact } from '../resources/contact.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of contact, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage contact
 */
export interface ContactOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: Contact;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
