/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage contactLocation
 */
export interface ContactLocation {
  rel?: string;
}
