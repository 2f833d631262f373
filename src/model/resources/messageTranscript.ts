/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage messageTranscript
 */
export interface MessageTranscript {
  rel?: string;
}
