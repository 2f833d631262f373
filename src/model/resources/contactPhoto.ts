/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage contactPhoto
 */
export interface ContactPhoto {
  rel?: string;
}
