/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage demote
 */
export interface Demote {
  rel?: string;
}
