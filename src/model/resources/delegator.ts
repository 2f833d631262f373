/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage delegator
 */
export interface Delegator {
  rel?: string;
}
