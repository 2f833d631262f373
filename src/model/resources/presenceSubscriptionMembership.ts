/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage presenceSubscriptionMembership
 */
export interface PresenceSubscriptionMembership {
  rel?: string;
}
