/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage stopVideo
 */
export interface StopVideo {
  rel?: string;
}
