/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage organizer
 */
export interface Organizer {
  rel?: string;
}
