/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage audioVideoPolicies
 */
export interface AudioVideoPolicies {
  rel?: string;
}
