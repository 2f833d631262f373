import type { MyGroups } from './myGroups.js';

/**
 * Second version of the user's group collection: same representation as
 * {@link MyGroups}, and it can also create a personal group.
 * @ucwaKind resource
 * @ucwaPage myGroups2
 */
export type MyGroups2 = MyGroups;

/**
 * Body of `POST myGroups` (version two): creates a personal group.
 * @ucwaKind request
 * @ucwaPage myGroups2
 * @ucwaOperation POST
 */
export interface MyGroups2PostInput {
  /**
   * Name shown for the new group.
   * @maxLength 256
   */
  displayName: string;
}
