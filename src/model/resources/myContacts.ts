/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myContacts
 */
export interface MyContacts {
  rel?: string;
}
