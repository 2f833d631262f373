/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage promote
 */
export interface Promote {
  rel?: string;
}
