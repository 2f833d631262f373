import type { ResourceOperations } from '../operation.js';
import type { CallForwardingSettings, CallForwardingSettingsPutInput } from '../resources/callForwardingSettings.js';
import type { CommonGetErrors, ForbiddenNone, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of callForwardingSettings, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage callForwardingSettings
 */
export interface CallForwardingSettingsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: CallForwardingSettings;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
  PUT: {
    request: CallForwardingSettingsPutInput;
    response: null;
    errors: [ForbiddenNone, ServiceFailureInvalidExchangeServerVersion, GoneCannotRedirect];
  };
}
