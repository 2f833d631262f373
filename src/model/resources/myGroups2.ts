/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myGroups2
 */
export interface MyGroups2 {
  rel?: string;
}
