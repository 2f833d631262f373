import type { ResourceOperations } from '../operation.js';

/**
 * Operations of session, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage session
 */
export interface SessionOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
}
