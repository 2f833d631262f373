/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage pinnedGroup
 */
export interface PinnedGroup {
  rel?: string;
}
