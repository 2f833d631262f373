/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage from
 */
export interface From {
  rel?: string;
}
