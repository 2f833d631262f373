/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage escalateAudioVideo
 */
export interface EscalateAudioVideo {
  rel?: string;
}
