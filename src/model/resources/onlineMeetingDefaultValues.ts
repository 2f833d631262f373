/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage onlineMeetingDefaultValues
 */
export interface OnlineMeetingDefaultValues {
  rel?: string;
}
