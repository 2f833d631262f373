import type { Link } from '../base.js';

/**
 * One contact's membership in one presence subscription; deleting it stops
 * that contact's updates for that subscription.
 * @ucwaKind resource
 * @ucwaPage presenceSubscriptionMembership
 */
export interface PresenceSubscriptionMembership {
  rel?: 'presenceSubscriptionMembership';
  _links?: {
    self?: Link;
    contact?: Link;
    presenceSubscription?: Link;
  };
}
