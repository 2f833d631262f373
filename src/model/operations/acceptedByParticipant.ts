import type { ResourceOperations } from '../operation.js';
import type { AcceptedByParticipant } from '../resources/acceptedByParticipant.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of acceptedByParticipant, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage acceptedByParticipant
 */
export interface AcceptedByParticipantOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: AcceptedByParticipant;
    errors: CommonGetErrors;
  };
}
