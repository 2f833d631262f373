/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myGroups
 */
export interface MyGroups {
  rel?: string;
}
