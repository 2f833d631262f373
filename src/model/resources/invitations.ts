/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage invitations
 */
export interface Invitations {
  rel?: string;
}
