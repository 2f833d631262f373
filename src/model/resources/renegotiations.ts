/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage renegotiations
 */
export interface Renegotiations {
  rel?: string;
}
