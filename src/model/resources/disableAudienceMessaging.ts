/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage disableAudienceMessaging
 */
export interface DisableAudienceMessaging {
  rel?: string;
}
