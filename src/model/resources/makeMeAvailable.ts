/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage makeMeAvailable
 */
export interface MakeMeAvailable {
  rel?: string;
}
