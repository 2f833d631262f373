/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startPhoneAudio2
 */
export interface StartPhoneAudio2 {
  rel?: string;
}
