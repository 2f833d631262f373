import type { ResourceOperations } from '../operation.js';
import type { PhoneAudioInvitation } from '../resources/phoneAudioInvitation.js';
import type { ReplaceWithPhoneAudioPostInput } from '../resources/replaceWithPhoneAudio.js';
import type { BadRequestNormalizationFailed, CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of replaceWithPhoneAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage replaceWithPhoneAudio
 */
export interface ReplaceWithPhoneAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate'];
  POST: {
    request: ReplaceWithPhoneAudioPostInput;
    response: PhoneAudioInvitation;
    errors: [BadRequestNormalizationFailed, ...CommonPostErrors];
  };
}
