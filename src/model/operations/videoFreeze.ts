import type { ResourceOperations } from '../operation.js';

/**
 * Operations of videoFreeze, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage videoFreeze
 */
export interface VideoFreezeOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
}
