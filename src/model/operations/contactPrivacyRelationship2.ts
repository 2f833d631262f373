import type { ResourceOperations } from '../operation.js';
import type { ContactPrivacyRelationship2, ContactPrivacyRelationship2PutInput } from '../resources/contactPrivacyRelationship2.js';
import type { CommonGetErrors, ForbiddenNone, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of contactPrivacyRelationship2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage contactPrivacyRelationship2
 */
export interface ContactPrivacyRelationship2Operations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: ContactPrivacyRelationship2;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
  PUT: {
    request: ContactPrivacyRelationship2PutInput;
    response: null;
    errors: [ForbiddenNone, ServiceFailureInvalidExchangeServerVersion, GoneCannotRedirect];
  };
}
