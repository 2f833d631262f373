/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage markAsRead
 */
export interface MarkAsRead {
  rel?: string;
}
