import type { Link } from '../base.js';

/**
 * Operation that ends the subscription to changes of the user's contacts and groups.
 * @ucwaKind resource
 * @ucwaPage stopSubscriptionToContactsAndGroups
 */
export interface StopSubscriptionToContactsAndGroups {
  rel?: 'stopSubscriptionToContactsAndGroups';
  _links?: {
    self?: Link;
  };
}
