import type { ResourceOperations } from '../operation.js';
import type { ParticipantDataCollaboration } from '../resources/participantDataCollaboration.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of participantDataCollaboration, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage participantDataCollaboration
 */
export interface ParticipantDataCollaborationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ParticipantDataCollaboration;
    errors: CommonGetErrors;
  };
}
