import type { Link } from '../base.js';

/**
 * The properties and links of a contact-list group, shared by the user's own groups and the
 * system groups (default, pinned, delegates, delegators, my organization), each under its own rel.
 */
export interface GroupFields {
  /** Version tag of the resource that real servers send (beyond the pages); a client sends it back with a PUT. */
  etag?: string;
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

/**
 * A personal contact group the user created. Read-only through UCWA;
 * changes of its members' presence, location and note can be subscribed to.
 * @ucwaKind resource
 * @ucwaPage group
 */
export interface Group extends GroupFields {
  rel?: 'group';
}
