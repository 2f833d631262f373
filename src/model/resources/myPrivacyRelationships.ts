/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage myPrivacyRelationships
 */
export interface MyPrivacyRelationships {
  rel?: string;
}
