/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage expandDistributionGroup
 */
export interface ExpandDistributionGroup {
  rel?: string;
}
