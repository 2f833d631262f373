import type { Contact } from './contact.js';

/**
 * The contact who organized a meeting, reached through the meeting's
 * `organizer` link; the server sends a contact.
 * @ucwaKind resource
 * @ucwaPage organizer
 */
export type Organizer = Contact;
