import type { Link } from '../base.js';
import type { DistributionGroup } from './distributionGroup.js';
import type { Group } from './group.js';

/**
 * The groups of the signed-in user's contact list, including the
 * system-defined ones (default, pinned, delegates, organization).
 * @ucwaKind resource
 * @ucwaPage myGroups
 */
export interface MyGroups {
  rel?: 'myGroups';
  _links?: {
    self?: Link;
    defaultGroup?: Link;
    delegatesGroup?: Link;
    delegatorsGroup?: Link;
    distributionGroup?: Link[];
    group?: Link[];
    myOrganizationGroup?: Link;
    pinnedGroup?: Link;
  };
  _embedded?: MyGroupsEmbedded;
}

export interface MyGroupsEmbedded {
  distributionGroup?: DistributionGroup[];
  group?: Group[];
}
