/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage conversationExtensionResult
 */
export interface ConversationExtensionResult {
  rel?: string;
}
