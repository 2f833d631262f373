import type { ResourceOperations } from '../operation.js';
import type { DerivedMessaging } from '../resources/derivedMessaging.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of derivedMessaging, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage derivedMessaging
 */
export interface DerivedMessagingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: DerivedMessaging;
    errors: CommonGetErrors;
  };
}
