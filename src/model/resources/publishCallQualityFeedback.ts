/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage publishCallQualityFeedback
 */
export interface PublishCallQualityFeedback {
  rel?: string;
}
