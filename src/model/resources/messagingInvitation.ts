/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage messagingInvitation
 */
export interface MessagingInvitation {
  rel?: string;
}
