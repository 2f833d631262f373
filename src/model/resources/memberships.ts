import type { PresenceSubscriptionMemberships } from './presenceSubscriptionMemberships.js';

/**
 * The contacts of one presence subscription. A GET returns, and a POST adding
 * contacts returns (201), the presenceSubscriptionMemberships collection.
 * @ucwaKind resource
 * @ucwaPage memberships
 */
export type Memberships = PresenceSubscriptionMemberships;

/**
 * Body of `POST memberships`: contacts to add to the subscription.
 * @ucwaKind request
 * @ucwaPage memberships
 * @ucwaOperation POST
 */
export interface MembershipsPostInput {
  /** SIP URIs of the contacts whose presence should be followed. */
  contactUris: string[];
}
