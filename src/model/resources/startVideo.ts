/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage startVideo
 */
export interface StartVideo {
  rel?: string;
}
