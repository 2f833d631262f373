/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage stopAudio
 */
export interface StopAudio {
  rel?: string;
}
