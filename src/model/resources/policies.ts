/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage policies
 */
export interface Policies {
  rel?: string;
}
