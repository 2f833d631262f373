/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage transferredBy
 */
export interface TransferredBy {
  rel?: string;
}
