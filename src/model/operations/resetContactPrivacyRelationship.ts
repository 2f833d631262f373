import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of resetContactPrivacyRelationship, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage resetContactPrivacyRelationship
 */
export interface ResetContactPrivacyRelationshipOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  POST: {
    request: null;
    response: null;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
