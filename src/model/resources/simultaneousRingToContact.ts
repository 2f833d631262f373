/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage simultaneousRingToContact
 */
export interface SimultaneousRingToContact {
  rel?: string;
}
