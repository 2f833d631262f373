import type { ResourceOperations } from '../operation.js';
import type { ContactLocation } from '../resources/contactLocation.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of contactLocation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage contactLocation
 */
export interface ContactLocationOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: ContactLocation;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
