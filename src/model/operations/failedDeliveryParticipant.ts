import type { ResourceOperations } from '../operation.js';
import type { FailedDeliveryParticipant } from '../resources/failedDeliveryParticipant.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of failedDeliveryParticipant, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage failedDeliveryParticipant
 */
export interface FailedDeliveryParticipantOperations extends ResourceOperations {
  scopes: ['Conversations.Receive'];
  GET: {
    request: null;
    response: FailedDeliveryParticipant;
    errors: CommonGetErrors;
  };
}
