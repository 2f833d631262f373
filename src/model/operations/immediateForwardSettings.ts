import type { ResourceOperations } from '../operation.js';
import type { ImmediateForwardSettings } from '../resources/immediateForwardSettings.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of immediateForwardSettings, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage immediateForwardSettings
 */
export interface ImmediateForwardSettingsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: ImmediateForwardSettings;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
