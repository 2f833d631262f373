import type { Link } from '../base.js';

/**
 * The group that holds the users who have made this user one of their
 * delegates.
 * @ucwaKind resource
 * @ucwaPage delegatorsGroup
 */
export interface DelegatorsGroup {
  rel?: 'delegatorsGroup';
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
