/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage changeVisibility
 */
export interface ChangeVisibility {
  rel?: string;
}
