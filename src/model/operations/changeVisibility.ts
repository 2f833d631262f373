import type { ResourceOperations } from '../operation.js';
import type { ChangeVisibilityPostInput } from '../resources/changeVisibility.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of changeVisibility, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage changeVisibility
 */
export interface ChangeVisibilityOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: ChangeVisibilityPostInput;
    response: null;
    errors: [
      ForbiddenNone,
      ConflictNone,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      GoneCannotRedirect,
    ];
  };
}
