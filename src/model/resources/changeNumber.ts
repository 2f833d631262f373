/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage changeNumber
 */
export interface ChangeNumber {
  rel?: string;
}
