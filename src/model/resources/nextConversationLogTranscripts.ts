import type { Link } from '../base.js';
import type { ConversationLogTranscript } from './conversationLogTranscript.js';

/**
 * The next page of archived transcripts of a conversation log, read from
 * Exchange.
 * @ucwaKind resource
 * @ucwaPage nextConversationLogTranscripts
 */
export interface NextConversationLogTranscripts {
  rel?: 'nextConversationLogTranscripts';
  _links?: {
    self?: Link;
    conversationLogTranscript?: Link[];
    /** The page after this one, when there is one. */
    nextConversationLogTranscripts?: Link;
  };
  _embedded?: NextConversationLogTranscriptsEmbedded;
}

export interface NextConversationLogTranscriptsEmbedded {
  conversationLogTranscript?: ConversationLogTranscript[];
}
