/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage delegatorsGroup
 */
export interface DelegatorsGroup {
  rel?: string;
}
