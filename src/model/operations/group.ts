import type { ResourceOperations } from '../operation.js';
import type { Group } from '../resources/group.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of group, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage group
 */
export interface GroupOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: Group;
    errors: [
      ForbiddenNone,
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
