import type { MyGroupMemberships } from './myGroupMemberships.js';

/**
 * Second version of the membership collection: same representation as
 * {@link MyGroupMemberships}, but it also accepts new memberships (a contact
 * added to a group).
 * @ucwaKind resource
 * @ucwaPage myGroupMemberships2
 */
export type MyGroupMemberships2 = MyGroupMemberships;

/**
 * Body of `POST myGroupMemberships` (version two): puts a contact into a
 * group, or into the default group when no group is named.
 * @ucwaKind request
 * @ucwaPage myGroupMemberships2
 * @ucwaOperation POST
 */
export interface MyGroupMemberships2PostInput {
  /**
   * SIP URI of the contact to add.
   * @maxLength 250
   */
  contactUri: string;
  /**
   * Identifier of the target group.
   * @maxLength 256
   */
  groupId?: string;
}
