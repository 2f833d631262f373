/**
 * Placeholder until the page is modelled.
 * @ucwaKind resource
 * @ucwaPage setIsTyping
 */
export interface SetIsTyping {
  rel?: string;
}
