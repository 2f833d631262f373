/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage audioVideoSession
 */
export interface AudioVideoSession {
  rel?: string;
}
