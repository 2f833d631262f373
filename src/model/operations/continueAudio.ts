import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { ContinueAudioPostInput } from '../resources/continueAudio.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of continueAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage continueAudio
 */
export interface ContinueAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: ContinueAudioPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
