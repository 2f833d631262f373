/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage phoneAudioInvitation
 */
export interface PhoneAudioInvitation {
  rel?: string;
}
