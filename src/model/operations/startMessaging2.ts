import type { ResourceOperations } from '../operation.js';
import type { StartMessaging2PostInput } from '../resources/startMessaging2.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of startMessaging2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startMessaging2
 */
export interface StartMessaging2Operations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartMessaging2PostInput;
    response: null;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
