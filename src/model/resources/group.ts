import type { Link } from '../base.js';

/**
 * A personal contact group the user created. Read-only through UCWA;
 * changes of its members' presence, location and note can be subscribed to.
 * @ucwaKind resource
 * @ucwaPage group
 */
export interface Group {
  rel?: 'group';
  /** Identifier of the group (digits, sent as a string). */
  id?: string;
  /** Display name of the group, at most 256 characters. */
  name?: string;
  _links?: {
    self?: Link;
    groupContacts?: Link;
    subscribeToGroupPresence?: Link;
  };
}
