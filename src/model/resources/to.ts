/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage to
 */
export interface To {
  rel?: string;
}
