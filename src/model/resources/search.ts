/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage search
 */
export interface Search {
  rel?: string;
}
