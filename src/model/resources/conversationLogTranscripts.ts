import type { Link } from '../base.js';
import type { ConversationLogTranscript } from './conversationLogTranscript.js';

/**
 * A page of the archived transcript entries of a conversation log, read from Exchange, with a
 * link to the next page.
 * @ucwaKind resource
 * @ucwaPage conversationLogTranscripts
 */
export interface ConversationLogTranscripts {
  rel?: 'conversationLogTranscripts';
  _links?: {
    self?: Link;
    nextConversationLogTranscripts?: Link;
    conversationLogTranscript?: Link[];
  };
  _embedded?: ConversationLogTranscriptsEmbedded;
}

export interface ConversationLogTranscriptsEmbedded {
  conversationLogTranscript?: ConversationLogTranscript[];
}
