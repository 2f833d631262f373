import type { Link } from '../base.js';

/**
 * Action link on a presence subscription that adds more contacts to it; the reply lists the
 * resulting subscription memberships.
 * @ucwaKind resource
 * @ucwaPage addToPresenceSubscription
 */
export interface AddToPresenceSubscription {
  rel?: 'addToPresenceSubscription';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST addToPresenceSubscription`: the contacts to start watching.
 * @ucwaKind request
 * @ucwaPage addToPresenceSubscription
 * @ucwaOperation POST
 */
export interface AddToPresenceSubscriptionPostInput {
  /** SIP URIs of the contacts whose presence should be followed. */
  contactUris: string[];
}
