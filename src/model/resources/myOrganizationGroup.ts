import type { GroupFields } from './group.js';

/**
 * System group holding the people of the user's organization chart: manager,
 * peers and direct reports.
 * @ucwaKind resource
 * @ucwaPage myOrganizationGroup
 */
export interface MyOrganizationGroup extends GroupFields {
  rel?: 'myOrganizationGroup';
}
