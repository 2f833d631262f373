/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage enableAudienceMuteLock
 */
export interface EnableAudienceMuteLock {
  rel?: string;
}
