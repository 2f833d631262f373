/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage addAudioVideo
 */
export interface AddAudioVideo {
  rel?: string;
}
