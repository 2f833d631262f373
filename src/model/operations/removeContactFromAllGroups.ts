import type { ResourceOperations } from '../operation.js';
import type { RemoveContactFromAllGroupsPostInput } from '../resources/removeContactFromAllGroups.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of removeContactFromAllGroups, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage removeContactFromAllGroups
 */
export interface RemoveContactFromAllGroupsOperations extends ResourceOperations {
  scopes: [];
  POST: {
    request: RemoveContactFromAllGroupsPostInput;
    response: null;
    errors: [
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
    ];
  };
}
