/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage contactNote
 */
export interface ContactNote {
  rel?: string;
}
