/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage applicationSharer
 */
export interface ApplicationSharer {
  rel?: string;
}
