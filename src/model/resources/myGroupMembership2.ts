import type { MyGroupMembership } from './myGroupMembership.js';

/**
 * Second version of a single contact-in-group membership; it can be deleted
 * to take the contact out of that one group. Same resource as
 * {@link MyGroupMembership}, which carries the version-two link.
 * @ucwaKind resource
 * @ucwaPage myGroupMembership2
 */
export type MyGroupMembership2 = MyGroupMembership;
