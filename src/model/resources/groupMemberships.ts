/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage groupMemberships
 */
export interface GroupMemberships {
  rel?: string;
}
