/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage conversationLogTranscripts
 */
export interface ConversationLogTranscripts {
  rel?: string;
}
