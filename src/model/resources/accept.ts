/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage accept
 */
export interface Accept {
  rel?: string;
}
