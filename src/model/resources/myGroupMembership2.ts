/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myGroupMembership2
 */
export interface MyGroupMembership2 {
  rel?: string;
}
