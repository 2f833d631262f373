/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage participantVideo
 */
export interface ParticipantVideo {
  rel?: string;
}
