/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage turnOffCallForwarding
 */
export interface TurnOffCallForwarding {
  rel?: string;
}
