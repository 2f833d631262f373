/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage makeMeAvailable2
 */
export interface MakeMeAvailable2 {
  rel?: string;
}
