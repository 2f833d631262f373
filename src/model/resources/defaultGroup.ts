import type { Link } from '../base.js';

/**
 * The contact-list group the system creates for every user, where new
 * contacts land unless placed elsewhere. Read-only through UCWA; its members'
 * presence, location and note can be subscribed to.
 * @ucwaKind resource
 * @ucwaPage defaultGroup
 */
export interface DefaultGroup {
  rel?: 'defaultGroup';
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
