/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage removeContactFromAllGroups
 */
export interface RemoveContactFromAllGroups {
  rel?: string;
}
