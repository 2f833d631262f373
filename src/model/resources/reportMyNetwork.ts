/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage reportMyNetwork
 */
export interface ReportMyNetwork {
  rel?: string;
}
