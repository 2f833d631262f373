/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage application
 */
export interface Application {
  rel?: string;
}
