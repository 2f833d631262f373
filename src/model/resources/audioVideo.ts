/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage audioVideo
 */
export interface AudioVideo {
  rel?: string;
}
