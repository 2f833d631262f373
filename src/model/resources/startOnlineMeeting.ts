/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startOnlineMeeting
 */
export interface StartOnlineMeeting {
  rel?: string;
}
