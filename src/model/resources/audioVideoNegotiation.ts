/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage audioVideoNegotiation
 */
export interface AudioVideoNegotiation {
  rel?: string;
}
