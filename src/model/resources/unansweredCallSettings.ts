/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage unansweredCallSettings
 */
export interface UnansweredCallSettings {
  rel?: string;
}
