import type { ResourceOperations } from '../operation.js';

/**
 * Operations of typingParticipants, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage typingParticipants
 */
export interface TypingParticipantsOperations extends ResourceOperations {
  scopes: ['Conversations.Receive'];
}
