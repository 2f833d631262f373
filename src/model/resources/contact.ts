/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage contact
 */
export interface Contact {
  rel?: string;
}
