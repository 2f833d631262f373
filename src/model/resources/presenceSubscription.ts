import type { Link, Integer } from '../base.js';

/**
 * A time-limited subscription to the presence, location and note changes of
 * a chosen set of contacts, delivered on the event channel.
 * @ucwaKind resource
 * @ucwaPage presenceSubscription
 */
export interface PresenceSubscription {
  rel?: 'presenceSubscription';
  /** Identifier, unique within the application. */
  id?: string;
  _links?: {
    self?: Link;
    addToPresenceSubscription?: Link;
    memberships?: Link;
  };
}

/**
 * Body of `POST presenceSubscription`: extends the subscription (the minutes
 * add to what remains, capped at 30).
 * @ucwaKind request
 * @ucwaPage presenceSubscription
 * @ucwaOperation POST
 */
export interface PresenceSubscriptionPostInput {
  /**
   * Minutes to add.
   * @minimum 10
   * @maximum 30
   */
  duration: Integer;
}
