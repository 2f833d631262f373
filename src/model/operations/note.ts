import type { ResourceOperations } from '../operation.js';
import type { Note, NotePostInput } from '../resources/note.js';
import type { ConflictAlreadyExists, ConflictMakeMeAvailableRequired, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureCallbackChannelError, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of note, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage note
 */
export interface NoteOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: Note;
    errors: [
      ConflictMakeMeAvailableRequired,
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
  POST: {
    request: NotePostInput;
    response: null;
    errors: [
      ConflictMakeMeAvailableRequired,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
