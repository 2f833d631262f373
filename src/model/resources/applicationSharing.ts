/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage applicationSharing
 */
export interface ApplicationSharing {
  rel?: string;
}
