/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage lobby
 */
export interface Lobby {
  rel?: string;
}
