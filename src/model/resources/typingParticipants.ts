import type { Link } from '../base.js';

/**
 * Collection of the participants currently typing in a conversation; the event channel reports
 * participants being added to and removed from it.
 * @ucwaKind resource
 * @ucwaPage typingParticipants
 */
export interface TypingParticipants {
  rel?: 'typingParticipants';
  _links?: {
    self?: Link;
  };
}
