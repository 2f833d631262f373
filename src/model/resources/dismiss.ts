/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage dismiss
 */
export interface Dismiss {
  rel?: string;
}
