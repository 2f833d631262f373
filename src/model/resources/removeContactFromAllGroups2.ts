import type { RemoveContactFromAllGroups } from './removeContactFromAllGroups.js';

/**
 * Second version of the action that drops a contact from the contact list
 * by deleting all its group memberships; same resource (and rel) as
 * {@link RemoveContactFromAllGroups}.
 * @ucwaKind resource
 * @ucwaPage removeContactFromAllGroups2
 */
export type RemoveContactFromAllGroups2 = RemoveContactFromAllGroups;

/**
 * Body of `POST removeContactFromAllGroups` (version two): the contact to
 * remove.
 * @ucwaKind request
 * @ucwaPage removeContactFromAllGroups2
 * @ucwaOperation POST
 */
export interface RemoveContactFromAllGroups2PostInput {
  /**
   * SIP URI of the contact.
   * @maxLength 250
   */
  contactUri: string;
}
