import type { ResourceOperations } from '../operation.js';
import type { CallForwardingSettings, CallForwardingSettingsPutInput } from '../resources/callForwardingSettings.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

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
    errors: [
      ForbiddenNone,
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
  PUT: {
    request: CallForwardingSettingsPutInput;
    response: null;
    errors: [ForbiddenNone, ServiceFailureInvalidExchangeServerVersion, GoneCannotRedirect];
  };
}
