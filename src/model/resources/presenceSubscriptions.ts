import type { Link, Integer } from '../base.js';
import type { PresenceSubscription } from './presenceSubscription.js';

/**
 * The user's presence subscriptions; posting here creates one.
 * @ucwaKind resource
 * @ucwaPage presenceSubscriptions
 */
export interface PresenceSubscriptions {
  rel?: 'presenceSubscriptions';
  _links?: {
    self?: Link;
    presenceSubscription?: Link[];
  };
  _embedded?: PresenceSubscriptionsEmbedded;
}

export interface PresenceSubscriptionsEmbedded {
  presenceSubscription?: PresenceSubscription[];
}

/**
 * Body of `POST presenceSubscriptions`: subscribes to a set of contacts for
 * a number of minutes.
 * @ucwaKind request
 * @ucwaPage presenceSubscriptions
 * @ucwaOperation POST
 */
export interface PresenceSubscriptionsPostInput {
  /**
   * Length of the subscription in minutes.
   * @minimum 10
   * @maximum 30
   */
  duration: Integer;
  /** SIP URIs of the contacts to watch. */
  uris: string[];
}
