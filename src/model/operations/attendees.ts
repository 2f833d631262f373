import type { ResourceOperations } from '../operation.js';
import type { Attendees } from '../resources/attendees.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of attendees, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage attendees
 */
export interface AttendeesOperations extends ResourceOperations {
  scopes: ['Conversations.Receive'];
  GET: {
    request: null;
    response: Attendees;
    errors: [
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
