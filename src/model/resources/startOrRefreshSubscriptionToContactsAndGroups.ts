/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startOrRefreshSubscriptionToContactsAndGroups
 */
export interface StartOrRefreshSubscriptionToContactsAndGroups {
  rel?: string;
}
