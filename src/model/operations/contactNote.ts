import type { ResourceOperations } from '../operation.js';
import type { ContactNote } from '../resources/contactNote.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

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
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
