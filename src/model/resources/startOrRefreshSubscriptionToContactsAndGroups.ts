import type { Integer, Link } from '../base.js';

/**
 * Operation that starts, or extends, the subscription to changes of the user's contacts and groups.
 * @ucwaKind resource
 * @ucwaPage startOrRefreshSubscriptionToContactsAndGroups
 */
export interface StartOrRefreshSubscriptionToContactsAndGroups {
  rel?: 'startOrRefreshSubscriptionToContactsAndGroups';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startOrRefreshSubscriptionToContactsAndGroups`: how long the subscription should last.
 * @ucwaKind request
 * @ucwaPage startOrRefreshSubscriptionToContactsAndGroups
 * @ucwaOperation POST
 */
export interface StartOrRefreshSubscriptionToContactsAndGroupsPostInput {
  /** Minutes the subscription should last (10 to 60); on refresh they are added to what remains, capped at 30. */
  duration: Integer;
}
