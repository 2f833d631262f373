/**
 * Kind of note shown for a user.
 * @ucwaKind enum
 * @ucwaPage NoteType
 */
export type NoteType = 'Personal' | 'OutOfOffice';
