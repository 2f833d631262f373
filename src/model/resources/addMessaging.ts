/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage addMessaging
 */
export interface AddMessaging {
  rel?: string;
}
