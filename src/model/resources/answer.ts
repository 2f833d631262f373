/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage answer
 */
export interface Answer {
  rel?: string;
}
