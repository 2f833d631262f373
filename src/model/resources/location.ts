/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage location
 */
export interface Location {
  rel?: string;
}
