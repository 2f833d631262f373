import type { ResourceOperations } from '../operation.js';
import type { DistributionGroup } from '../resources/distributionGroup.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of distributionGroup, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage distributionGroup
 */
export interface DistributionGroupOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: DistributionGroup;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
