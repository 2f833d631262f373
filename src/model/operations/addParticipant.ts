import type { ResourceOperations } from '../operation.js';
import type { AddParticipantPostInput } from '../resources/addParticipant.js';
import type { ParticipantInvitation } from '../resources/participantInvitation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of addParticipant, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage addParticipant
 */
export interface AddParticipantOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: AddParticipantPostInput;
    response: ParticipantInvitation;
    errors: CommonPostErrors;
  };
}
