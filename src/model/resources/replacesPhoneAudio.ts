/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage replacesPhoneAudio
 */
export interface ReplacesPhoneAudio {
  rel?: string;
}
