/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage addToPresenceSubscription
 */
export interface AddToPresenceSubscription {
  rel?: string;
}
