import type { ResourceOperations } from '../operation.js';
import type { PhoneAudioInvitation } from '../resources/phoneAudioInvitation.js';
import type { StartPhoneAudioPostInput } from '../resources/startPhoneAudio.js';
import type { BadRequestNormalizationFailed, ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of startPhoneAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startPhoneAudio
 */
export interface StartPhoneAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartPhoneAudioPostInput;
    response: PhoneAudioInvitation;
    errors: [
      BadRequestNormalizationFailed,
      ForbiddenNone,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
