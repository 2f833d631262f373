import type { ResourceOperations } from '../operation.js';
import type { Message } from '../resources/message.js';
import type { SendMessagePostInput } from '../resources/sendMessage.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of sendMessage, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage sendMessage
 */
export interface SendMessageOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: SendMessagePostInput;
    response: Message;
    errors: CommonPostErrors;
  };
}
