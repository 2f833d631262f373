/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage stopAudioVideo
 */
export interface StopAudioVideo {
  rel?: string;
}
