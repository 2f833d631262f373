/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage acceptWithPhoneAudio
 */
export interface AcceptWithPhoneAudio {
  rel?: string;
}
