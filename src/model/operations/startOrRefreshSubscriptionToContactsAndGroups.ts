import type { ResourceOperations } from '../operation.js';
import type { MyContactsAndGroupsSubscription } from '../resources/myContactsAndGroupsSubscription.js';
import type { StartOrRefreshSubscriptionToContactsAndGroupsPostInput } from '../resources/startOrRefreshSubscriptionToContactsAndGroups.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of startOrRefreshSubscriptionToContactsAndGroups, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startOrRefreshSubscriptionToContactsAndGroups
 */
export interface StartOrRefreshSubscriptionToContactsAndGroupsOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  POST: {
    request: StartOrRefreshSubscriptionToContactsAndGroupsPostInput;
    response: MyContactsAndGroupsSubscription;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
