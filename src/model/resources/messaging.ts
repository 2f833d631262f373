import type { Link } from '../base.js';
import type { MessageFormat } from '../enums.js';

/**
 * The instant-messaging modality of a conversation: its state, the formats
 * both sides agreed on, and the capabilities to start or stop it, send a
 * message or signal typing. Updated when formats are negotiated or the state
 * changes.
 * @ucwaKind resource
 * @ucwaPage messaging
 */
export interface Messaging {
  rel?: 'messaging';
  /** Message formats agreed for this conversation. */
  negotiatedMessageFormats?: MessageFormat[];
  /** Modality state, such as `Connecting`, `Connected` or `Disconnected`. */
  state?: string;
  _links?: {
    self?: Link;
    addMessaging?: Link;
    conversation?: Link;
    sendMessage?: Link;
    setIsTyping?: Link;
    stopMessaging?: Link;
    typingParticipants?: Link;
  };
}
