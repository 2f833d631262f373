/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage resetContactPrivacyRelationship
 */
export interface ResetContactPrivacyRelationship {
  rel?: string;
}
