/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startPhoneAudio
 */
export interface StartPhoneAudio {
  rel?: string;
}
