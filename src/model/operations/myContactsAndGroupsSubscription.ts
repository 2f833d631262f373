import type { ResourceOperations } from '../operation.js';
import type { MyContactsAndGroupsSubscription } from '../resources/myContactsAndGroupsSubscription.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of myContactsAndGroupsSubscription, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myContactsAndGroupsSubscription
 */
export interface MyContactsAndGroupsSubscriptionOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: MyContactsAndGroupsSubscription;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
