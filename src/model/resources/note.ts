import type { Link } from '../base.js';
import type { NoteType } from '../enums.js';

/**
 * The signed-in user's note: a personal message the user sets, or the
 * out-of-office text that Exchange publishes.
 * @ucwaKind resource
 * @ucwaPage note
 */
export interface Note {
  rel?: 'note';
  /** Text of the note. */
  message?: string;
  /** Whether the note is personal or an out-of-office message. */
  type?: NoteType;
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST note`: publishes a personal note, or clears it when the
 * message is empty.
 * @ucwaKind request
 * @ucwaPage note
 * @ucwaOperation POST
 */
export interface NotePostInput {
  /** New note text; empty resets the note. */
  message?: string;
}
