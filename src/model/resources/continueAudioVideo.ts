/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage continueAudioVideo
 */
export interface ContinueAudioVideo {
  rel?: string;
}
