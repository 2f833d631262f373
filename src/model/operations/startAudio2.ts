import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { StartAudio2PostInput } from '../resources/startAudio2.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of startAudio2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startAudio2
 */
export interface StartAudio2Operations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartAudio2PostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
