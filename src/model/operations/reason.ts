import type { ResourceOperations } from '../operation.js';
import type { Reason } from '../resources/reason.js';

/**
 * Operations of reason, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage reason
 */
export interface ReasonOperations extends ResourceOperations {
  scopes: [];
  GET: {
    request: null;
    response: Reason;
    errors: [];
  };
}
