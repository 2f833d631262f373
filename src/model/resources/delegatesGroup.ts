import type { Link } from '../base.js';

/**
 * The group that holds the users this user has made delegates (people who
 * may take and place calls on the user's behalf).
 * @ucwaKind resource
 * @ucwaPage delegatesGroup
 */
export interface DelegatesGroup {
  rel?: 'delegatesGroup';
  /** Identifier of the group (digits, sent as a string). */
  id?: string;
  /** Display name of the group, at most 256 characters. */
  name?: string;
  _links?: {
    self?: Link;
    groupContacts?: Link;
    subscribeToGroupPresence?: Link;
  };
}
