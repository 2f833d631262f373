/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage removeContactFromAllGroups2
 */
export interface RemoveContactFromAllGroups2 {
  rel?: string;
}
