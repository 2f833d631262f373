import type { ResourceOperations } from '../operation.js';
import type { AddMessagingPostInput } from '../resources/addMessaging.js';
import type { MessagingInvitation } from '../resources/messagingInvitation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of addMessaging, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage addMessaging
 */
export interface AddMessagingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: AddMessagingPostInput;
    response: MessagingInvitation;
    errors: CommonPostErrors;
  };
}
