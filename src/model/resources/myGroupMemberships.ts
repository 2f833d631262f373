/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myGroupMemberships
 */
export interface MyGroupMemberships {
  rel?: string;
}
