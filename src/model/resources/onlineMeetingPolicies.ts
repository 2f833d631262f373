/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage onlineMeetingPolicies
 */
export interface OnlineMeetingPolicies {
  rel?: string;
}
