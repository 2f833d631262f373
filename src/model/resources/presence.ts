/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage presence
 */
export interface Presence {
  rel?: string;
}
