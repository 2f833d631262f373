/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage userAcknowledged
 */
export interface UserAcknowledged {
  rel?: string;
}
