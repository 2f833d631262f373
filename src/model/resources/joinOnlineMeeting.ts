/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage joinOnlineMeeting
 */
export interface JoinOnlineMeeting {
  rel?: string;
}
