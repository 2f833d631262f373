/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage continueVideo
 */
export interface ContinueVideo {
  rel?: string;
}
