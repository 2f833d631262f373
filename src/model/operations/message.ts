import type { ResourceOperations } from '../operation.js';
import type { Message } from '../resources/message.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of message, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage message
 */
export interface MessageOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: Message;
    errors: CommonGetErrors;
  };
}
