import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { StartAudioVideoPostInput } from '../resources/startAudioVideo.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of startAudioVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startAudioVideo
 */
export interface StartAudioVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartAudioVideoPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
