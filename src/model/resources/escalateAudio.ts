/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage escalateAudio
 */
export interface EscalateAudio {
  rel?: string;
}
