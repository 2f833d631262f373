/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myOnlineMeetings
 */
export interface MyOnlineMeetings {
  rel?: string;
}
