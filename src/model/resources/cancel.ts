/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage cancel
 */
export interface Cancel {
  rel?: string;
}
