import type { ResourceOperations } from '../operation.js';
import type { ContactLocation } from '../resources/contactLocation.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

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
