import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of turnOffCallForwarding, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage turnOffCallForwarding
 */
export interface TurnOffCallForwardingOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: null;
    response: null;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
