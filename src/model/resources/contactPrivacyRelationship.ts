/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage contactPrivacyRelationship
 */
export interface ContactPrivacyRelationship {
  rel?: string;
}
