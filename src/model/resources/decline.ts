/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage decline
 */
export interface Decline {
  rel?: string;
}
