/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage applications2
 */
export interface Applications2 {
  rel?: string;
}
