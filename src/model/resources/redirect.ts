/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage redirect
 */
export interface Redirect {
  rel?: string;
}
