/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage participantPanoramicVideo
 */
export interface ParticipantPanoramicVideo {
  rel?: string;
}
