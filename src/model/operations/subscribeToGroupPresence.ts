import type { ResourceOperations } from '../operation.js';
import type { PresenceSubscription } from '../resources/presenceSubscription.js';
import type { SubscribeToGroupPresencePostInput } from '../resources/subscribeToGroupPresence.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of subscribeToGroupPresence, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage subscribeToGroupPresence
 */
export interface SubscribeToGroupPresenceOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  POST: {
    request: SubscribeToGroupPresencePostInput;
    response: PresenceSubscription;
    errors: CommonPostErrors;
  };
}
