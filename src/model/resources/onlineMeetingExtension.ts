/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage onlineMeetingExtension
 */
export interface OnlineMeetingExtension {
  rel?: string;
}
