import type { ResourceOperations } from '../operation.js';

/**
 * Operations of conversationExtensionResult, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage conversationExtensionResult
 */
export interface ConversationExtensionResultOperations extends ResourceOperations {
  scopes: [];
}
