/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage callForwardingSettings
 */
export interface CallForwardingSettings {
  rel?: string;
}
