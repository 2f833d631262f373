/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage contactPresence
 */
export interface ContactPresence {
  rel?: string;
}
