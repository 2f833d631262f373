import type { ResourceOperations } from '../operation.js';
import type { Messaging } from '../resources/messaging.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of messaging, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage messaging
 */
export interface MessagingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: Messaging;
    errors: CommonGetErrors;
  };
}
