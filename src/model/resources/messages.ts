/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage messages
 */
export interface Messages {
  rel?: string;
}
