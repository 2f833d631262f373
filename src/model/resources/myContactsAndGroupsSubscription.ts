import type { Link } from '../base.js';
import type { SubscriptionState } from '../enums.js';

/**
 * The application's subscription to changes in the user's contact list and
 * groups; while it is active, additions, removals and edits arrive on the
 * event channel.
 * @ucwaKind resource
 * @ucwaPage myContactsAndGroupsSubscription
 */
export interface MyContactsAndGroupsSubscription {
  rel?: 'myContactsAndGroupsSubscription';
  /** Where the subscription stands (connecting, connected, ...). */
  state?: SubscriptionState;
  _links?: {
    self?: Link;
    startOrRefreshSubscriptionToContactsAndGroups?: Link;
    stopSubscriptionToContactsAndGroups?: Link;
  };
}
