/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage audioVideoRenegotiation
 */
export interface AudioVideoRenegotiation {
  rel?: string;
}
