/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage addPhoneAudio
 */
export interface AddPhoneAudio {
  rel?: string;
}
