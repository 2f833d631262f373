/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage reportMediaDiagnostics
 */
export interface ReportMediaDiagnostics {
  rel?: string;
}
