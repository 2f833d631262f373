/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage conversationLogRecipient
 */
export interface ConversationLogRecipient {
  rel?: string;
}
