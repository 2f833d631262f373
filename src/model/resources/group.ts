/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage group
 */
export interface Group {
  rel?: string;
}
