import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { BadRequestNone, BadRequestParameterValidationFailure, ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, GoneNone, NotFoundNone, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

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
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
