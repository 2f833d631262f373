/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage addToContactList
 */
export interface AddToContactList {
  rel?: string;
}
