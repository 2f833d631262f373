/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage onlineMeetingExtensions
 */
export interface OnlineMeetingExtensions {
  rel?: string;
}
