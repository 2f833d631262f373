import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of enableAudienceMuteLock, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage enableAudienceMuteLock
 */
export interface EnableAudienceMuteLockOperations extends ResourceOperations {
  scopes: ['Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
