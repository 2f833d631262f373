import type { ResourceOperations } from '../operation.js';
import type { MyPrivacyRelationship } from '../resources/myPrivacyRelationship.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of myPrivacyRelationship, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myPrivacyRelationship
 */
export interface MyPrivacyRelationshipOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: MyPrivacyRelationship;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
