/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage onlineMeetingInvitation
 */
export interface OnlineMeetingInvitation {
  rel?: string;
}
