/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage dialInRegion
 */
export interface DialInRegion {
  rel?: string;
}
