/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage sendMessage
 */
export interface SendMessage {
  rel?: string;
}
