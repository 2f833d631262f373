/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage xframe
 */
export interface Xframe {
  rel?: string;
}
