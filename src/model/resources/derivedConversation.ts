/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage derivedConversation
 */
export interface DerivedConversation {
  rel?: string;
}
