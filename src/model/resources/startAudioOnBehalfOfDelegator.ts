/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startAudioOnBehalfOfDelegator
 */
export interface StartAudioOnBehalfOfDelegator {
  rel?: string;
}
