/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage onlineMeetings
 */
export interface OnlineMeetings {
  rel?: string;
}
