/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage acceptedByContact
 */
export interface AcceptedByContact {
  rel?: string;
}
