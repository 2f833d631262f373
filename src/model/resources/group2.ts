/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage group2
 */
export interface Group2 {
  rel?: string;
}
