/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage unansweredCallToVoicemail
 */
export interface UnansweredCallToVoicemail {
  rel?: string;
}
