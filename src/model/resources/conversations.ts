/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage conversations
 */
export interface Conversations {
  rel?: string;
}
