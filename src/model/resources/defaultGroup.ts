import type { GroupFields } from './group.js';

/**
 * The contact-list group the system creates for every user, where new
 * contacts land unless placed elsewhere. Read-only through UCWA; its members'
 * presence, location and note can be subscribed to.
 * @ucwaKind resource
 * @ucwaPage defaultGroup
 */
export interface DefaultGroup extends GroupFields {
  rel?: 'defaultGroup';
}
