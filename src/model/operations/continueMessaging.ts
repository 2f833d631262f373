import type { ResourceOperations } from '../operation.js';
import type { ContinueMessagingPostInput } from '../resources/continueMessaging.js';
import type { MessagingInvitation } from '../resources/messagingInvitation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of continueMessaging, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage continueMessaging
 */
export interface ContinueMessagingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: ContinueMessagingPostInput;
    response: MessagingInvitation;
    errors: CommonPostErrors;
  };
}
