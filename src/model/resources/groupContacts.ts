import type { Link } from '../base.js';
import type { Contact } from './contact.js';

/**
 * The contacts that belong to one contact group, as links, embedded
 * resources, or both.
 * @ucwaKind resource
 * @ucwaPage groupContacts
 */
export interface GroupContacts {
  rel?: 'groupContacts';
  _links?: {
    self?: Link;
    contact?: Link[];
  };
  _embedded?: GroupContactsEmbedded;
}

/** Items of the collection that the server sends in full. */
export interface GroupContactsEmbedded {
  contact?: Contact[];
}
