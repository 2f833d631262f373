import type { GroupFields } from './group.js';

/**
 * The group that holds the users who have made this user one of their
 * delegates.
 * @ucwaKind resource
 * @ucwaPage delegatorsGroup
 */
export interface DelegatorsGroup extends GroupFields {
  rel?: 'delegatorsGroup';
}
