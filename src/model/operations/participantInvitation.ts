import type { ResourceOperations } from '../operation.js';
import type { ParticipantInvitation } from '../resources/participantInvitation.js';
import type { BadRequestNone, BadRequestParameterValidationFailure, CommonGetErrors, GoneNone, NotFoundNone } from '../syncErrors.js';

/**
 * Operations of participantInvitation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage participantInvitation
 */
export interface ParticipantInvitationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ParticipantInvitation;
    errors: [
      BadRequestNone,
      BadRequestParameterValidationFailure,
      GoneNone,
      NotFoundNone,
      ...CommonGetErrors,
    ];
  };
}
