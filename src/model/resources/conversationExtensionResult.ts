import type { Link } from '../base.js';

/**
 * Outcome of a conversation extension request, reduced to one result string. The page gives
 * no example and no further detail.
 * @ucwaKind resource
 * @ucwaPage conversationExtensionResult
 */
export interface ConversationExtensionResult {
  rel?: 'conversationExtensionResult';
  /** Result text of the extension. */
  result?: string;
  _links?: {
    self?: Link;
  };
}
