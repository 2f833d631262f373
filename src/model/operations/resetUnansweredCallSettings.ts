import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of resetUnansweredCallSettings, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage resetUnansweredCallSettings
 */
export interface ResetUnansweredCallSettingsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: null;
    response: null;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
