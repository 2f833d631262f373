/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage acceptWithAnswer
 */
export interface AcceptWithAnswer {
  rel?: string;
}
