/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage errorTranscript
 */
export interface ErrorTranscript {
  rel?: string;
}
