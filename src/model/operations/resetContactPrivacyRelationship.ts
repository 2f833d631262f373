import type { ResourceOperations } from '../operation.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

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
    errors: [
      ForbiddenNone,
      ConflictNone,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      GoneCannotRedirect,
    ];
  };
}
