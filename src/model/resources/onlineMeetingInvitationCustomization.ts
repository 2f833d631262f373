/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage onlineMeetingInvitationCustomization
 */
export interface OnlineMeetingInvitationCustomization {
  rel?: string;
}
