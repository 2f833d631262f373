import type { ResourceOperations } from '../operation.js';
import type { PresenceSubscription, PresenceSubscriptionPostInput } from '../resources/presenceSubscription.js';
import type { CommonGetErrors, CommonPostErrors, ForbiddenNone, GoneCannotRedirect } from '../syncErrors.js';

/**
 * Operations of presenceSubscription, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage presenceSubscription
 */
export interface PresenceSubscriptionOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: PresenceSubscription;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
  POST: {
    request: PresenceSubscriptionPostInput;
    response: PresenceSubscription;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
  DELETE: {
    request: null;
    response: null;
    errors: [ForbiddenNone, GoneCannotRedirect];
  };
}
