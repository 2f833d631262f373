/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage onlineMeetingEligibleValues
 */
export interface OnlineMeetingEligibleValues {
  rel?: string;
}
