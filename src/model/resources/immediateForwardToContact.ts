/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage immediateForwardToContact
 */
export interface ImmediateForwardToContact {
  rel?: string;
}
