import type { ResourceOperations } from '../operation.js';
import type { ContactNote } from '../resources/contactNote.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of contactNote, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage contactNote
 */
export interface ContactNoteOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: ContactNote;
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
