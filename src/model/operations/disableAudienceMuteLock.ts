import type { ResourceOperations } from '../operation.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

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
    errors: [
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
