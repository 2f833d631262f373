/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage participantMessaging
 */
export interface ParticipantMessaging {
  rel?: string;
}
