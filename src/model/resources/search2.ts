/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage search2
 */
export interface Search2 {
  rel?: string;
}
