import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { StartAudioPostInput } from '../resources/startAudio.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of startAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startAudio
 */
export interface StartAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartAudioPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
