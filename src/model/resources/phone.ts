/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage phone
 */
export interface Phone {
  rel?: string;
}
