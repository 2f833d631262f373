/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage stopPhoneAudio
 */
export interface StopPhoneAudio {
  rel?: string;
}
