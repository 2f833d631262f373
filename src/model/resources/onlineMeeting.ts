/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage onlineMeeting
 */
export interface OnlineMeeting {
  rel?: string;
}
