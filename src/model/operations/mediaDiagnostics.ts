import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

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
    errors: CommonPostErrors;
  };
}
