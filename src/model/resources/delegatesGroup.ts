import type { GroupFields } from './group.js';

/**
 * The group that holds the users this user has made delegates (people who
 * may take and place calls on the user's behalf).
 * @ucwaKind resource
 * @ucwaPage delegatesGroup
 */
export interface DelegatesGroup extends GroupFields {
  rel?: 'delegatesGroup';
}
