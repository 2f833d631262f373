import type { ResourceOperations } from '../operation.js';
import type { ExpandDistributionGroup } from '../resources/expandDistributionGroup.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, ForbiddenTooManyContacts, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of expandDistributionGroup, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage expandDistributionGroup
 */
export interface ExpandDistributionGroupOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: ExpandDistributionGroup;
    errors: [
      ForbiddenTooManyContacts,
      ForbiddenNone,
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
