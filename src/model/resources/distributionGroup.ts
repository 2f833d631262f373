/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage distributionGroup
 */
export interface DistributionGroup {
  rel?: string;
}
