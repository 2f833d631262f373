/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage immediateForwardSettings
 */
export interface ImmediateForwardSettings {
  rel?: string;
}
