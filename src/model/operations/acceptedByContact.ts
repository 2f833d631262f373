import type { ResourceOperations } from '../operation.js';
import type { AcceptedByContact } from '../resources/acceptedByContact.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of acceptedByContact, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage acceptedByContact
 */
export interface AcceptedByContactOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: AcceptedByContact;
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
