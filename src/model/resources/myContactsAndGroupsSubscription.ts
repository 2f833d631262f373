/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myContactsAndGroupsSubscription
 */
export interface MyContactsAndGroupsSubscription {
  rel?: string;
}
