/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage participant
 */
export interface Participant {
  rel?: string;
}
