import type { Link } from '../base.js';

/**
 * Action on a distribution group that takes it off the user's contact list.
 * @ucwaKind resource
 * @ucwaPage removeFromContactList
 */
export interface RemoveFromContactList {
  rel?: 'removeFromContactList';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST removeFromContactList`: which distribution group to remove.
 * @ucwaKind request
 * @ucwaPage removeFromContactList
 * @ucwaOperation POST
 */
export interface RemoveFromContactListPostInput {
  /**
   * Identifier of the distribution group.
   * @maxLength 256
   */
  groupId: string;
}
