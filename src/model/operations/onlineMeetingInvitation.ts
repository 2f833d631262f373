import type { ResourceOperations } from '../operation.js';
import type { OnlineMeetingInvitation } from '../resources/onlineMeetingInvitation.js';
import type { BadRequestNone, BadRequestParameterValidationFailure, CommonGetErrors, GoneNone, NotFoundNone } from '../syncErrors.js';

/**
 * Operations of onlineMeetingInvitation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage onlineMeetingInvitation
 */
export interface OnlineMeetingInvitationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: OnlineMeetingInvitation;
    errors: [
      BadRequestNone,
      BadRequestParameterValidationFailure,
      GoneNone,
      NotFoundNone,
      ...CommonGetErrors,
    ];
  };
}
