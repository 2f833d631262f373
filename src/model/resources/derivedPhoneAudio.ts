/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage derivedPhoneAudio
 */
export interface DerivedPhoneAudio {
  rel?: string;
}
