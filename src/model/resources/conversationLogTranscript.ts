/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage conversationLogTranscript
 */
export interface ConversationLogTranscript {
  rel?: string;
}
