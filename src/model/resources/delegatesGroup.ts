/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage delegatesGroup
 */
export interface DelegatesGroup {
  rel?: string;
}
