import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of stopSubscriptionToContactsAndGroups, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage stopSubscriptionToContactsAndGroups
 */
export interface StopSubscriptionToContactsAndGroupsOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  POST: {
    request: null;
    response: null;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
