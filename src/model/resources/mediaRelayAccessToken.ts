/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage mediaRelayAccessToken
 */
export interface MediaRelayAccessToken {
  rel?: string;
}
