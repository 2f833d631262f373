import type { ResourceOperations } from '../operation.js';
import type { Participant } from '../resources/participant.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of participant, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage participant
 */
export interface ParticipantOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: Participant;
    errors: CommonGetErrors;
  };
}
