import type { ResourceOperations } from '../operation.js';
import type { ParticipantMessaging } from '../resources/participantMessaging.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of participantMessaging, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage participantMessaging
 */
export interface ParticipantMessagingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ParticipantMessaging;
    errors: CommonGetErrors;
  };
}
