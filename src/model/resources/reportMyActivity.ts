/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage reportMyActivity
 */
export interface ReportMyActivity {
  rel?: string;
}
