/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage failedDeliveryParticipant
 */
export interface FailedDeliveryParticipant {
  rel?: string;
}
