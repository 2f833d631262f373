/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage sendProvisionalAnswer
 */
export interface SendProvisionalAnswer {
  rel?: string;
}
