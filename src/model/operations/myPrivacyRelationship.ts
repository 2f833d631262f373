import type { ResourceOperations } from '../operation.js';
import type { MyPrivacyRelationship } from '../resources/myPrivacyRelationship.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

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
    errors: [
      ForbiddenNone,
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
