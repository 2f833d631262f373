/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage people
 */
export interface People {
  rel?: string;
}
