/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage mediaRelay
 */
export interface MediaRelay {
  rel?: string;
}
