import type { ResourceOperations } from '../operation.js';
import type { ParticipantApplicationSharing } from '../resources/participantApplicationSharing.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of participantApplicationSharing, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage participantApplicationSharing
 */
export interface ParticipantApplicationSharingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ParticipantApplicationSharing;
    errors: CommonGetErrors;
  };
}
