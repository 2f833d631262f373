/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage audioTranscript
 */
export interface AudioTranscript {
  rel?: string;
}
