/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage groupContacts
 */
export interface GroupContacts {
  rel?: string;
}
