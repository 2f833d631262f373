/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage contactPrivacyRelationship2
 */
export interface ContactPrivacyRelationship2 {
  rel?: string;
}
