/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myOrganizationGroup
 */
export interface MyOrganizationGroup {
  rel?: string;
}
