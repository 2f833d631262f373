import type { ContactFields } from './contact.js';

/**
 * The contact for whom a delegate placed the call that an incoming
 * invitation announces. It has a contact's fields and links, but the server
 * names it with its own rel, so it is a type of its own rather than an alias
 * of Contact.
 * @ucwaKind resource
 * @ucwaPage onBehalfOf
 */
export interface OnBehalfOf extends ContactFields {
  rel?: 'onBehalfOf';
}
