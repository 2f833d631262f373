/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage holdPhoneAudio
 */
export interface HoldPhoneAudio {
  rel?: string;
}
