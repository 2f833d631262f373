import type { Link } from '../base.js';

/**
 * The contacts whose presence the user currently has active subscriptions for.
 * @ucwaKind resource
 * @ucwaPage subscribedContacts
 */
export interface SubscribedContacts {
  rel?: 'subscribedContacts';
  _links?: {
    self?: Link;
    /** One link per subscribed contact. */
    contact?: Link[];
  };
}
