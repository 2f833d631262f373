import type { ResourceOperations } from '../operation.js';
import type { SimultaneousRingSettings, SimultaneousRingSettingsPutInput } from '../resources/simultaneousRingSettings.js';
import type { CommonGetErrors, ForbiddenNone, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of simultaneousRingSettings, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage simultaneousRingSettings
 */
export interface SimultaneousRingSettingsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: SimultaneousRingSettings;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
  PUT: {
    request: SimultaneousRingSettingsPutInput;
    response: null;
    errors: [ForbiddenNone, ServiceFailureInvalidExchangeServerVersion, GoneCannotRedirect];
  };
}
