/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage participantDataCollaboration
 */
export interface ParticipantDataCollaboration {
  rel?: string;
}
