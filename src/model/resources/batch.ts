/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage batch
 */
export interface Batch {
  rel?: string;
}
