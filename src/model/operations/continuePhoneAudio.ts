import type { ResourceOperations } from '../operation.js';
import type { ContinuePhoneAudioPostInput } from '../resources/continuePhoneAudio.js';
import type { PhoneAudioInvitation } from '../resources/phoneAudioInvitation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of continuePhoneAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage continuePhoneAudio
 */
export interface ContinuePhoneAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: ContinuePhoneAudioPostInput;
    response: PhoneAudioInvitation;
    errors: CommonPostErrors;
  };
}
