/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage subscribedContacts
 */
export interface SubscribedContacts {
  rel?: string;
}
