/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage missedItems
 */
export interface MissedItems {
  rel?: string;
}
