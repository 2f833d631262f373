/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage leaders
 */
export interface Leaders {
  rel?: string;
}
