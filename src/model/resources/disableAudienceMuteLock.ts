/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage disableAudienceMuteLock
 */
export interface DisableAudienceMuteLock {
  rel?: string;
}
