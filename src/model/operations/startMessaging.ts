import type { ResourceOperations } from '../operation.js';
import type { MessagingInvitation } from '../resources/messagingInvitation.js';
import type { StartMessagingPostInput } from '../resources/startMessaging.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of startMessaging, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startMessaging
 */
export interface StartMessagingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartMessagingPostInput;
    response: MessagingInvitation;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
