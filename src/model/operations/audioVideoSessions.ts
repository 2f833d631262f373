import type { ResourceOperations } from '../operation.js';

/**
 * Operations of audioVideoSessions, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage audioVideoSessions
 */
export interface AudioVideoSessionsOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
}
