/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage messaging
 */
export interface Messaging {
  rel?: string;
}
