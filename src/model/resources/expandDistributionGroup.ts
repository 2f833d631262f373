import type { DistributionGroup } from './distributionGroup.js';

/**
 * Expansion of a distribution group: a GET returns the distribution group with
 * its member contacts and nested groups embedded.
 * @ucwaKind resource
 * @ucwaPage expandDistributionGroup
 */
export type ExpandDistributionGroup = DistributionGroup;
