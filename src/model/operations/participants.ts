import type { ResourceOperations } from '../operation.js';

/**
 * Operations of participants, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage participants
 */
export interface ParticipantsOperations extends ResourceOperations {
  scopes: ['Conversations.Receive'];
}
