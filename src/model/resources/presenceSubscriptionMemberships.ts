import type { Link } from '../base.js';
import type { PresenceSubscriptionMembership } from './presenceSubscriptionMembership.js';

/**
 * The memberships of a presence subscription; posting here adds contacts.
 * @ucwaKind resource
 * @ucwaPage presenceSubscriptionMemberships
 */
export interface PresenceSubscriptionMemberships {
  rel?: 'presenceSubscriptionMemberships';
  _links?: {
    self?: Link;
    presenceSubscriptionMembership?: Link[];
  };
  _embedded?: PresenceSubscriptionMembershipsEmbedded;
}

export interface PresenceSubscriptionMembershipsEmbedded {
  presenceSubscriptionMembership?: PresenceSubscriptionMembership[];
}

/**
 * Body of `POST presenceSubscriptionMemberships`: subscribes to more
 * contacts.
 * @ucwaKind request
 * @ucwaPage presenceSubscriptionMemberships
 * @ucwaOperation POST
 */
export interface PresenceSubscriptionMembershipsPostInput {
  /** SIP URIs of the contacts to add. */
  contactUris: string[];
}
