import type { ResourceOperations } from '../operation.js';

/**
 * Operations of userAcknowledged, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage userAcknowledged
 */
export interface UserAcknowledgedOperations extends ResourceOperations {
  scopes: ['Conversations.Receive'];
}
