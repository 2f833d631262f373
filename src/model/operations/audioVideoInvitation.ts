import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { BadRequestNone, BadRequestParameterValidationFailure, CommonGetErrors, GoneNone, NotFoundNone } from '../syncErrors.js';

/**
 * Operations of audioVideoInvitation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage audioVideoInvitation
 */
export interface AudioVideoInvitationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate'];
  GET: {
    request: null;
    response: AudioVideoInvitation;
    errors: [
      NotFoundNone,
      BadRequestNone,
      BadRequestParameterValidationFailure,
      GoneNone,
      ...CommonGetErrors,
    ];
  };
}
