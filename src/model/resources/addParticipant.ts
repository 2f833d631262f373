/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage addParticipant
 */
export interface AddParticipant {
  rel?: string;
}
