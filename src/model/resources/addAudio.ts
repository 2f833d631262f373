/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage addAudio
 */
export interface AddAudio {
  rel?: string;
}
