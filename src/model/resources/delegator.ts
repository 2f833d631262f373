import type { ContactFields } from './contact.js';

/**
 * The person for whom a delegate handles calls, as it appears on an
 * invitation received on the delegator's behalf. Same properties and links as
 * `contact`, but the examples give it its own rel `delegator`, so it is a type
 * of its own (like transferredBy), not an alias.
 * @ucwaKind resource
 * @ucwaPage delegator
 */
export interface Delegator extends ContactFields {
  rel?: 'delegator';
}
