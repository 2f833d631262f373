/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage applicationSharingRenegotiation
 */
export interface ApplicationSharingRenegotiation {
  rel?: string;
}
