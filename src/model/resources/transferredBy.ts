import type { ContactFields } from './contact.js';

/**
 * The contact who transferred a call to the user. Same properties and links as `contact`, but the
 * resource carries its own rel `transferredBy`, so it is a type of its own rather than an alias.
 * @ucwaKind resource
 * @ucwaPage transferredBy
 */
export interface TransferredBy extends ContactFields {
  rel?: 'transferredBy';
}
