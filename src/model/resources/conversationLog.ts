import type { Integer, Link, UcwaDate } from '../base.js';
import type {
  ConversationLogStatus,
  ConversationLogType,
  ConversationModalityType,
  Direction,
  Importance,
} from '../enums.js';
import type { ConversationLogRecipient } from './conversationLogRecipient.js';

/**
 * The user's record of one past conversation, kept in Exchange: who took part, which
 * modalities were used, and links to its transcripts and to continue it.
 * @ucwaKind resource
 * @ucwaPage conversationLog
 */
export interface ConversationLog {
  rel?: 'conversationLog';
  /** When the log was delivered to Exchange. */
  creationTime?: UcwaDate;
  /** Whether the conversation was incoming or outgoing. */
  direction?: Direction;
  /** Importance of the conversation. */
  importance?: Importance;
  /** Modalities used in the conversation. */
  modalities?: ConversationModalityType[];
  /** URI of the online meeting, for conference logs. */
  onlineMeetingUri?: string;
  /** Shortened text of the conversation's messages. */
  previewMessage?: string;
  /** Whether the conversation was archived or missed. */
  status?: ConversationLogStatus;
  /** Subject of the conversation. */
  subject?: string;
  /** Thread id of the conversation. */
  threadId?: string;
  /** How many recipients the log lists. */
  totalRecipientsCount?: Integer;
  /** Kind of log (audio, messages, conference ...). */
  type?: ConversationLogType;
  _links?: {
    self?: Link;
    continueAudio?: Link;
    continueAudioVideo?: Link;
    continueMessaging?: Link;
    continuePhoneAudio?: Link;
    continueVideo?: Link;
    conversationLogTranscripts?: Link;
    markAsRead?: Link;
    conversationLogRecipient?: Link[];
  };
  _embedded?: ConversationLogEmbedded;
}

export interface ConversationLogEmbedded {
  conversationLogRecipient?: ConversationLogRecipient[];
}
