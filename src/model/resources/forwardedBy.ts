import type { ContactFields } from './contact.js';

/**
 * The contact who forwarded an incoming invitation last before it reached the
 * user. Same properties and links as `contact`, but the examples give it its
 * own rel `forwardedBy`, so it is a type of its own (like transferredBy).
 * @ucwaKind resource
 * @ucwaPage forwardedBy
 */
export interface ForwardedBy extends ContactFields {
  rel?: 'forwardedBy';
}
