/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myPrivacyRelationship
 */
export interface MyPrivacyRelationship {
  rel?: string;
}
