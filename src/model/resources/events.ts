/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage events
 */
export interface Events {
  rel?: string;
}
