import type { ResourceOperations } from '../operation.js';
import type { ReportMediaDiagnosticsPostInput } from '../resources/reportMediaDiagnostics.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of reportMediaDiagnostics, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage reportMediaDiagnostics
 */
export interface ReportMediaDiagnosticsOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: ReportMediaDiagnosticsPostInput;
    response: null;
    errors: CommonPostErrors;
  };
}
