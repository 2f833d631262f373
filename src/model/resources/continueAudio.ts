/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage continueAudio
 */
export interface ContinueAudio {
  rel?: string;
}
