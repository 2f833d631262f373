/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage phones
 */
export interface Phones {
  rel?: string;
}
