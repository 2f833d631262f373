/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage replacesAudioVideo
 */
export interface ReplacesAudioVideo {
  rel?: string;
}
