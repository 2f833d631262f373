import type { ResourceOperations } from '../operation.js';
import type { AddPhoneAudioPostInput } from '../resources/addPhoneAudio.js';
import type { PhoneAudioInvitation } from '../resources/phoneAudioInvitation.js';
import type { BadRequestNormalizationFailed, CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of addPhoneAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage addPhoneAudio
 */
export interface AddPhoneAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: AddPhoneAudioPostInput;
    response: PhoneAudioInvitation;
    errors: [BadRequestNormalizationFailed, ...CommonPostErrors];
  };
}
