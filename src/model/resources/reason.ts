/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage reason
 */
export interface Reason {
  rel?: string;
}
