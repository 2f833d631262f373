import type { Link } from '../base.js';
import type { DefaultGroup } from './defaultGroup.js';
import type { DistributionGroup } from './distributionGroup.js';
import type { Group } from './group.js';
import type { PinnedGroup } from './pinnedGroup.js';

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
  /** The system group new contacts land in; real servers embed it besides the arrays (the pages do not show it). */
  defaultGroup?: DefaultGroup;
  distributionGroup?: DistributionGroup[];
  group?: Group[];
  /** The system group of pinned contacts; embedded by real servers like defaultGroup. */
  pinnedGroup?: PinnedGroup;
}
