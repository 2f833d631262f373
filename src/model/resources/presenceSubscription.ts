/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage presenceSubscription
 */
export interface PresenceSubscription {
  rel?: string;
}
