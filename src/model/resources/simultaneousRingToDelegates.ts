/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage simultaneousRingToDelegates
 */
export interface SimultaneousRingToDelegates {
  rel?: string;
}
