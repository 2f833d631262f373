import type { ResourceOperations } from '../operation.js';
import type { ConflictAlreadyExists, ConflictMakeMeAvailableRequired, ConflictNone, ConflictTooManyGroups, ForbiddenAnonymousNotAllowed, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of reportMyActivity, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage reportMyActivity
 */
export interface ReportMyActivityOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: null;
    response: null;
    errors: [
      ForbiddenAnonymousNotAllowed,
      ConflictMakeMeAvailableRequired,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
