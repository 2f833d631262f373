/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage defaultGroup
 */
export interface DefaultGroup {
  rel?: string;
}
