import type { Link } from '../base.js';

/**
 * Action link that puts a distribution group into the user's contact list.
 * @ucwaKind resource
 * @ucwaPage addToContactList
 */
export interface AddToContactList {
  rel?: 'addToContactList';
  _links?: {
    self?: Link;
  };
}

/**
 * Parameters of `POST addToContactList`: which distribution group to add.
 * @ucwaKind request
 * @ucwaPage addToContactList
 * @ucwaOperation POST
 */
export interface AddToContactListPostInput {
  /**
   * Display name of the distribution group.
   * @maxLength 256
   */
  displayName: string;
  /** SMTP address of the distribution group. */
  smtpAddress: string;
}
