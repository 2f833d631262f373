/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage continuePhoneAudio
 */
export interface ContinuePhoneAudio {
  rel?: string;
}
