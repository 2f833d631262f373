/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage presenceSubscriptions
 */
export interface PresenceSubscriptions {
  rel?: string;
}
