/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage resetUnansweredCallSettings
 */
export interface ResetUnansweredCallSettings {
  rel?: string;
}
