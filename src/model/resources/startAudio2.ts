/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startAudio2
 */
export interface StartAudio2 {
  rel?: string;
}
