import type { ResourceOperations } from '../operation.js';
import type { PhoneAudioInvitation } from '../resources/phoneAudioInvitation.js';
import type { BadRequestNone, BadRequestParameterValidationFailure, CommonGetErrors, GoneNone, NotFoundNone } from '../syncErrors.js';

/**
 * Operations of phoneAudioInvitation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage phoneAudioInvitation
 */
export interface PhoneAudioInvitationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate'];
  GET: {
    request: null;
    response: PhoneAudioInvitation;
    errors: [
      BadRequestNone,
      BadRequestParameterValidationFailure,
      GoneNone,
      NotFoundNone,
      ...CommonGetErrors,
    ];
  };
}
