/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage mediaDiagnostics
 */
export interface MediaDiagnostics {
  rel?: string;
}
