/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage presenceSubscriptionMemberships
 */
export interface PresenceSubscriptionMemberships {
  rel?: string;
}
