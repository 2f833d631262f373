/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startMessaging
 */
export interface StartMessaging {
  rel?: string;
}
