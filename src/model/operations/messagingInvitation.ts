import type { ResourceOperations } from '../operation.js';
import type { MessagingInvitation } from '../resources/messagingInvitation.js';
import type { BadRequestNone, BadRequestParameterValidationFailure, CommonGetErrors, GoneNone, NotFoundNone } from '../syncErrors.js';

/**
 * Operations of messagingInvitation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage messagingInvitation
 */
export interface MessagingInvitationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate'];
  GET: {
    request: null;
    response: MessagingInvitation;
    errors: [
      BadRequestNone,
      BadRequestParameterValidationFailure,
      GoneNone,
      NotFoundNone,
      ...CommonGetErrors,
    ];
  };
}
