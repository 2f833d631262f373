/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage replayMessage
 */
export interface ReplayMessage {
  rel?: string;
}
