/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myAssignedOnlineMeeting
 */
export interface MyAssignedOnlineMeeting {
  rel?: string;
}
