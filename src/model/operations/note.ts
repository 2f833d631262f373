import type { ResourceOperations } from '../operation.js';
import type { Note, NotePostInput } from '../resources/note.js';
import type { CommonGetErrors, CommonPostErrors, ConflictMakeMeAvailableRequired } from '../syncErrors.js';

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
    errors: [ConflictMakeMeAvailableRequired, ...CommonGetErrors];
  };
  POST: {
    request: NotePostInput;
    response: null;
    errors: [ConflictMakeMeAvailableRequired, ...CommonPostErrors];
  };
}
