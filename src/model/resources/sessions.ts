/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage sessions
 */
export interface Sessions {
  rel?: string;
}
