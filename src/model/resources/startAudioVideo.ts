/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startAudioVideo
 */
export interface StartAudioVideo {
  rel?: string;
}
