/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage phoneAudio
 */
export interface PhoneAudio {
  rel?: string;
}
