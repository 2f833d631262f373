/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage simultaneousRingToTeam
 */
export interface SimultaneousRingToTeam {
  rel?: string;
}
