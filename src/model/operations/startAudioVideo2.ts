import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { StartAudioVideo2PostInput } from '../resources/startAudioVideo2.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of startAudioVideo2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startAudioVideo2
 */
export interface StartAudioVideo2Operations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartAudioVideo2PostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
