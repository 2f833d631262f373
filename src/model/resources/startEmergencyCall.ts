/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startEmergencyCall
 */
export interface StartEmergencyCall {
  rel?: string;
}
