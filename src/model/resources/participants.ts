/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage participants
 */
export interface Participants {
  rel?: string;
}
