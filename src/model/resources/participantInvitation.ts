/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage participantInvitation
 */
export interface ParticipantInvitation {
  rel?: string;
}
