/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage stopMessaging
 */
export interface StopMessaging {
  rel?: string;
}
