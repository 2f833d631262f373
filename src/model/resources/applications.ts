/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage applications
 */
export interface Applications {
  rel?: string;
}
