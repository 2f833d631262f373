/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage conversationLog
 */
export interface ConversationLog {
  rel?: string;
}
