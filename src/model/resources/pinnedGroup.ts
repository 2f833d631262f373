import type { Link } from '../base.js';

/**
 * System group of contacts the user pinned or talks to most; read-only here,
 * but its members' presence can be subscribed to.
 * @ucwaKind resource
 * @ucwaPage pinnedGroup
 */
export interface PinnedGroup {
  rel?: 'pinnedGroup';
  /** Identifier of the group. */
  id?: string;
  /** Display name of the group (at most 256 characters). */
  name?: string;
  _links?: {
    self?: Link;
    groupContacts?: Link;
    subscribeToGroupPresence?: Link;
  };
}
