/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage addVideo
 */
export interface AddVideo {
  rel?: string;
}
