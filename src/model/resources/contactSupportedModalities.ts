/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage contactSupportedModalities
 */
export interface ContactSupportedModalities {
  rel?: string;
}
