import type { Integer, Link } from '../base.js';

/**
 * Operation that subscribes to the presence of every contact in one group; the result is a
 * presence subscription.
 * @ucwaKind resource
 * @ucwaPage subscribeToGroupPresence
 */
export interface SubscribeToGroupPresence {
  rel?: 'subscribeToGroupPresence';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST subscribeToGroupPresence` (the examples send both values in the query string instead).
 * @ucwaKind request
 * @ucwaPage subscribeToGroupPresence
 * @ucwaOperation POST
 */
export interface SubscribeToGroupPresencePostInput {
  /** Length of the subscription in minutes (10 to 30). */
  duration: Integer;
  /**
   * Id of the group whose members to watch.
   * @maxLength 256
   */
  groupId: string;
}
