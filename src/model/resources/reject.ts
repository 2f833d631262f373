/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage reject
 */
export interface Reject {
  rel?: string;
}
