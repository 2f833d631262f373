/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage attendees
 */
export interface Attendees {
  rel?: string;
}
