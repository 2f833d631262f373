/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage unmuteVideo
 */
export interface UnmuteVideo {
  rel?: string;
}
