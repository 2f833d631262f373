import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { ContinueAudioVideoPostInput } from '../resources/continueAudioVideo.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of continueAudioVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage continueAudioVideo
 */
export interface ContinueAudioVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: ContinueAudioVideoPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
