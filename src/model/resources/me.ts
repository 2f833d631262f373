/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage me
 */
export interface Me {
  rel?: string;
}
