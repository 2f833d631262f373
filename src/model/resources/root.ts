/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage root
 */
export interface Root {
  rel?: string;
}
