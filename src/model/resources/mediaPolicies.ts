/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage mediaPolicies
 */
export interface MediaPolicies {
  rel?: string;
}
