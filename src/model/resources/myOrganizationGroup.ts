import type { Link } from '../base.js';

/**
 * System group holding the people of the user's organization chart: manager,
 * peers and direct reports.
 * @ucwaKind resource
 * @ucwaPage myOrganizationGroup
 */
export interface MyOrganizationGroup {
  rel?: 'myOrganizationGroup';
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
