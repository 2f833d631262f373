/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage continueMessaging
 */
export interface ContinueMessaging {
  rel?: string;
}
