import type { Link } from '../base.js';

/**
 * One person listed in a conversation log, with links to the matching contact.
 * @ucwaKind resource
 * @ucwaPage conversationLogRecipient
 */
export interface ConversationLogRecipient {
  rel?: 'conversationLogRecipient';
  /** Display name of the recipient. */
  displayName?: string;
  /** SIP URI of the recipient. */
  sipUri?: string;
  _links?: {
    self?: Link;
    contact?: Link;
    contactPhoto?: Link;
    contactPresence?: Link;
  };
}
