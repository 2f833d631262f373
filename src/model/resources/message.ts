/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage message
 */
export interface Message {
  rel?: string;
}
