/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage localParticipant
 */
export interface LocalParticipant {
  rel?: string;
}
