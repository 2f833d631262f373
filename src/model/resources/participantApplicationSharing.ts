/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage participantApplicationSharing
 */
export interface ParticipantApplicationSharing {
  rel?: string;
}
