/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startMessaging2
 */
export interface StartMessaging2 {
  rel?: string;
}
