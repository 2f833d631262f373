/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startAudioVideoOnBehalfOfDelegator
 */
export interface StartAudioVideoOnBehalfOfDelegator {
  rel?: string;
}
