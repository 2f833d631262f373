/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage user
 */
export interface User {
  rel?: string;
}
