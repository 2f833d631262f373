import type { ResourceOperations } from '../operation.js';
import type { ContactPrivacyRelationship } from '../resources/contactPrivacyRelationship.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of contactPrivacyRelationship, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage contactPrivacyRelationship
 */
export interface ContactPrivacyRelationshipOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: ContactPrivacyRelationship;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
