/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage memberships
 */
export interface Memberships {
  rel?: string;
}
