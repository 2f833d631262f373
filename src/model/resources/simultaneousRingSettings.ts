/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage simultaneousRingSettings
 */
export interface SimultaneousRingSettings {
  rel?: string;
}
