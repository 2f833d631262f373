/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startAudioVideo2
 */
export interface StartAudioVideo2 {
  rel?: string;
}
