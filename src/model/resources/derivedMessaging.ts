/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage derivedMessaging
 */
export interface DerivedMessaging {
  rel?: string;
}
