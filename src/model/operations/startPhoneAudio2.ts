import type { ResourceOperations } from '../operation.js';
import type { PhoneAudioInvitation } from '../resources/phoneAudioInvitation.js';
import type { StartPhoneAudio2PostInput } from '../resources/startPhoneAudio2.js';
import type { BadRequestNormalizationFailed, CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of startPhoneAudio2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startPhoneAudio2
 */
export interface StartPhoneAudio2Operations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartPhoneAudio2PostInput;
    response: PhoneAudioInvitation;
    errors: [BadRequestNormalizationFailed, ForbiddenNone, ...CommonPostErrors];
  };
}
