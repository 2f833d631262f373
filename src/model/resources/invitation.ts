/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage invitation
 */
export interface Invitation {
  rel?: string;
}
