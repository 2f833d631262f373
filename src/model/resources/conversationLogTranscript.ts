import type { Link, UcwaDate } from '../base.js';
import type { AudioTranscript } from './audioTranscript.js';
import type { ErrorTranscript } from './errorTranscript.js';
import type { MessageTranscript } from './messageTranscript.js';

/**
 * One entry of a conversation log's transcript: who spoke (a contact or the user) and when,
 * with the message, audio record or error it holds embedded.
 * @ucwaKind resource
 * @ucwaPage conversationLogTranscript
 */
export interface ConversationLogTranscript {
  rel?: 'conversationLogTranscript';
  /** When the entry happened. */
  timeStamp?: UcwaDate;
  _links?: {
    self?: Link;
    contact?: Link;
    me?: Link;
    audioTranscript?: Link;
    errorTranscript?: Link;
    messageTranscript?: Link;
  };
  _embedded?: ConversationLogTranscriptEmbedded;
}

export interface ConversationLogTranscriptEmbedded {
  audioTranscript?: AudioTranscript;
  errorTranscript?: ErrorTranscript;
  messageTranscript?: MessageTranscript;
}
