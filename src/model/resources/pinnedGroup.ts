import type { GroupFields } from './group.js';

/**
 * System group of contacts the user pinned or talks to most; read-only here,
 * but its members' presence can be subscribed to.
 * @ucwaKind resource
 * @ucwaPage pinnedGroup
 */
export interface PinnedGroup extends GroupFields {
  rel?: 'pinnedGroup';
}
