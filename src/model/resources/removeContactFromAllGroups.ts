import type { Link } from '../base.js';

/**
 * Action on the group memberships that takes a contact out of every group
 * it belongs to.
 * @ucwaKind resource
 * @ucwaPage removeContactFromAllGroups
 */
export interface RemoveContactFromAllGroups {
  rel?: 'removeContactFromAllGroups';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST removeContactFromAllGroups`: the contact to remove.
 * @ucwaKind request
 * @ucwaPage removeContactFromAllGroups
 * @ucwaOperation POST
 */
export interface RemoveContactFromAllGroupsPostInput {
  /**
   * SIP URI of the contact.
   * @maxLength 250
   */
  contactUri: string;
}
