import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of disableAudienceMuteLock, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage disableAudienceMuteLock
 */
export interface DisableAudienceMuteLockOperations extends ResourceOperations {
  scopes: ['Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
