/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage communication
 */
export interface Communication {
  rel?: string;
}
