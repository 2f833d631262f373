/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage eject
 */
export interface Eject {
  rel?: string;
}
