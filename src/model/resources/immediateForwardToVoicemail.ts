/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage immediateForwardToVoicemail
 */
export interface ImmediateForwardToVoicemail {
  rel?: string;
}
