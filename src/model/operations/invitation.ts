import type { ResourceOperations } from '../operation.js';

/**
 * Operations of invitation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage invitation
 */
export interface InvitationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
}
