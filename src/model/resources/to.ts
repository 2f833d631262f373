import type { Contact } from './contact.js';

/**
 * The contact an invitation was first addressed to (before any forwarding); a `contact` resource.
 * @ucwaKind resource
 * @ucwaPage to
 */
export type To = Contact;
