import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of disableAudienceMessaging, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage disableAudienceMessaging
 */
export interface DisableAudienceMessagingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
