/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage stopSubscriptionToContactsAndGroups
 */
export interface StopSubscriptionToContactsAndGroups {
  rel?: string;
}
