/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myGroupMemberships2
 */
export interface MyGroupMemberships2 {
  rel?: string;
}
