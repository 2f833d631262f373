/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage participantAudio
 */
export interface ParticipantAudio {
  rel?: string;
}
