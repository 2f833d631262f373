/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startAudio
 */
export interface StartAudio {
  rel?: string;
}
