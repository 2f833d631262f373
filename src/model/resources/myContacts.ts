import type { Link } from '../base.js';
import type { Contact } from './contact.js';

/**
 * Every contact on the user's contact list. Read-only: contacts are added
 * and removed with the Skype for Business client, not through this collection.
 * @ucwaKind resource
 * @ucwaPage myContacts
 */
export interface MyContacts {
  rel?: 'myContacts';
  _links?: {
    self?: Link;
    contact?: Link[];
  };
  _embedded?: MyContactsEmbedded;
}

/** Items of the collection that the server sends in full. */
export interface MyContactsEmbedded {
  contact?: Contact[];
}
