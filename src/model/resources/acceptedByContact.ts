import type { Contact } from './contact.js';

/**
 * The contact who finally took an incoming invitation, e.g. a delegate or team member after
 * the call was forwarded. A contact resource reached through this link name.
 * @ucwaKind resource
 * @ucwaPage acceptedByContact
 */
export type AcceptedByContact = Contact;
