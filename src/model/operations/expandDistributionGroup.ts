import type { ResourceOperations } from '../operation.js';
import type { ExpandDistributionGroup } from '../resources/expandDistributionGroup.js';
import type { CommonGetErrors, ForbiddenNone, ForbiddenTooManyContacts } from '../syncErrors.js';

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
    errors: [ForbiddenTooManyContacts, ForbiddenNone, ...CommonGetErrors];
  };
}
