/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage audioVideoInvitation
 */
export interface AudioVideoInvitation {
  rel?: string;
}
