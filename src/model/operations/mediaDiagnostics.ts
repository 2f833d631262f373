import type { ResourceOperations } from '../operation.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of mediaDiagnostics, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage mediaDiagnostics
 */
export interface MediaDiagnosticsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
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
