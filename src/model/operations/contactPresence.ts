import type { ResourceOperations } from '../operation.js';
import type { ContactPresence } from '../resources/contactPresence.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of contactPresence, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage contactPresence
 */
export interface ContactPresenceOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: ContactPresence;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
