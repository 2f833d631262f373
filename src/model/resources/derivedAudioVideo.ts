/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage derivedAudioVideo
 */
export interface DerivedAudioVideo {
  rel?: string;
}
