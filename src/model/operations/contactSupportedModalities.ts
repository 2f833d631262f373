import type { ResourceOperations } from '../operation.js';
import type { ContactSupportedModalities } from '../resources/contactSupportedModalities.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of contactSupportedModalities, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage contactSupportedModalities
 */
export interface ContactSupportedModalitiesOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: ContactSupportedModalities;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
