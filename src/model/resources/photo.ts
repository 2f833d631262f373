/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage photo
 */
export interface Photo {
  rel?: string;
}
