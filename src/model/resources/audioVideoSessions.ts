/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage audioVideoSessions
 */
export interface AudioVideoSessions {
  rel?: string;
}
