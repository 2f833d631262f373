import type { ResourceOperations } from '../operation.js';
import type { PhoneAudioInvitation } from '../resources/phoneAudioInvitation.js';
import type { StartPhoneAudioPostInput } from '../resources/startPhoneAudio.js';
import type { BadRequestNormalizationFailed, CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

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
    errors: [BadRequestNormalizationFailed, ForbiddenNone, ...CommonPostErrors];
  };
}
