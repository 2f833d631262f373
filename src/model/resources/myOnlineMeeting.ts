/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myOnlineMeeting
 */
export interface MyOnlineMeeting {
  rel?: string;
}
