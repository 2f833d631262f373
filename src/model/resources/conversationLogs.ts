/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage conversationLogs
 */
export interface ConversationLogs {
  rel?: string;
}
