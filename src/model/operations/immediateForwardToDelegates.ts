import type { ResourceOperations } from '../operation.js';
import type { ConflictAlreadyExists, ConflictNoDelegatesConfigured, ConflictNone, ConflictTooManyGroups, ForbiddenNoDelegatesConfigured, ForbiddenNone, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of immediateForwardToDelegates, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage immediateForwardToDelegates
 */
export interface ImmediateForwardToDelegatesOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: null;
    response: null;
    errors: [
      ForbiddenNone,
      ForbiddenNoDelegatesConfigured,
      ConflictNoDelegatesConfigured,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
