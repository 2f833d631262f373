/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage enableAudienceMessaging
 */
export interface EnableAudienceMessaging {
  rel?: string;
}
