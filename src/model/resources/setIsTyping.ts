import type { Link } from '../base.js';

/**
 * Operation that marks the user as typing in a conversation for a short while; the server drops
 * the user from `typingParticipants` unless it is called again.
 * @ucwaKind resource
 * @ucwaPage setIsTyping
 */
export interface SetIsTyping {
  rel?: 'setIsTyping';
  _links?: {
    self?: Link;
  };
}
