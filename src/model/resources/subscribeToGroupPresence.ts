/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage subscribeToGroupPresence
 */
export interface SubscribeToGroupPresence {
  rel?: string;
}
