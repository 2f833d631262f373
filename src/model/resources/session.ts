/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage session
 */
export interface Session {
  rel?: string;
}
