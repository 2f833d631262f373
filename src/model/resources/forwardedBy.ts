/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage forwardedBy
 */
export interface ForwardedBy {
  rel?: string;
}
