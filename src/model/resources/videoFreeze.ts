/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage videoFreeze
 */
export interface VideoFreeze {
  rel?: string;
}
