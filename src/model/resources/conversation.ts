/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage conversation
 */
export interface Conversation {
  rel?: string;
}
