/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage typingParticipants
 */
export interface TypingParticipants {
  rel?: string;
}
