/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage removeFromContactList
 */
export interface RemoveFromContactList {
  rel?: string;
}
