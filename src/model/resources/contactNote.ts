import type { Link } from '../base.js';
import type { NoteType } from '../enums.js';

/**
 * A contact's note as others see it: the personal note, or the out-of-office text taken
 * from Exchange when one is set.
 * @ucwaKind resource
 * @ucwaPage contactNote
 */
export interface ContactNote {
  rel?: 'contactNote';
  /** Text of the note. */
  message?: string;
  /** Whether the note is personal or an out-of-office message. */
  type?: NoteType;
  _links?: {
    self?: Link;
  };
}
