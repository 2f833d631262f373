import type { ResourceOperations } from '../operation.js';
import type { Messages } from '../resources/messages.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of messages, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage messages
 */
export interface MessagesOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: Messages;
    errors: CommonGetErrors;
  };
}
