/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myGroupMembership
 */
export interface MyGroupMembership {
  rel?: string;
}
