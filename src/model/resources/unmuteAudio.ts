/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage unmuteAudio
 */
export interface UnmuteAudio {
  rel?: string;
}
