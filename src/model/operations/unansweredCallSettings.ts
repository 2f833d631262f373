import type { ResourceOperations } from '../operation.js';
import type { UnansweredCallSettings, UnansweredCallSettingsPutInput } from '../resources/unansweredCallSettings.js';
import type { CommonGetErrors, ForbiddenNone, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of unansweredCallSettings, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage unansweredCallSettings
 */
export interface UnansweredCallSettingsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: UnansweredCallSettings;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
  PUT: {
    request: UnansweredCallSettingsPutInput;
    response: null;
    errors: [ForbiddenNone, ServiceFailureInvalidExchangeServerVersion, GoneCannotRedirect];
  };
}
