/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage admit
 */
export interface Admit {
  rel?: string;
}
