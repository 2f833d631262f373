/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage anonApplications
 */
export interface AnonApplications {
  rel?: string;
}
