/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage acceptedByParticipant
 */
export interface AcceptedByParticipant {
  rel?: string;
}
