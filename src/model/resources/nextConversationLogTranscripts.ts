/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage nextConversationLogTranscripts
 */
export interface NextConversationLogTranscripts {
  rel?: string;
}
