import type { ResourceOperations } from '../operation.js';
import type { MyPrivacyRelationships } from '../resources/myPrivacyRelationships.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of myPrivacyRelationships, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myPrivacyRelationships
 */
export interface MyPrivacyRelationshipsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: MyPrivacyRelationships;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
