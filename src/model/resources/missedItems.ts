import type { Integer, Link } from '../base.js';
import type { GenericPolicy } from '../enums.js';

/**
 * Counters of what the user has not looked at yet: missed conversations,
 * voicemails and conversation logs.
 * @ucwaKind resource
 * @ucwaPage missedItems
 */
export interface MissedItems {
  rel?: 'missedItems';
  conversationLogsCount?: Integer;
  /** Whether notifications about conversation logs are on. */
  conversationLogsNotifications?: GenericPolicy;
  missedConversationsCount?: Integer;
  unreadMissedConversationsCount?: Integer;
  unreadVoicemailsCount?: Integer;
  voiceMailsCount?: Integer;
  _links?: {
    self?: Link;
  };
}
