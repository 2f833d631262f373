/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startPhoneAudioOnBehalfOfDelegator
 */
export interface StartPhoneAudioOnBehalfOfDelegator {
  rel?: string;
}
