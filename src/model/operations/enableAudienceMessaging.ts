import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of enableAudienceMessaging, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage enableAudienceMessaging
 */
export interface EnableAudienceMessagingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
