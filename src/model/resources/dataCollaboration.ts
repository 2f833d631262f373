/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage dataCollaboration
 */
export interface DataCollaboration {
  rel?: string;
}
