/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage videoLockedOnParticipant
 */
export interface VideoLockedOnParticipant {
  rel?: string;
}
