import type { ResourceOperations } from '../operation.js';
import type { ChangeNumberPostInput } from '../resources/changeNumber.js';
import type { BadRequestNormalizationFailed, ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of changeNumber, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage changeNumber
 */
export interface ChangeNumberOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: ChangeNumberPostInput;
    response: null;
    errors: [
      ForbiddenNone,
      ConflictNone,
      BadRequestNormalizationFailed,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      GoneCannotRedirect,
    ];
  };
}
