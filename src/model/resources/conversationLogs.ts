import type { Link } from '../base.js';

/**
 * The collection of the user's past conversations: one link per stored
 * conversation log.
 * @ucwaKind resource
 * @ucwaPage conversationLogs
 */
export interface ConversationLogs {
  rel?: 'conversationLogs';
  _links?: {
    self?: Link;
    /** Each past conversation the server keeps a log of. */
    conversationLog?: Link[];
  };
}
