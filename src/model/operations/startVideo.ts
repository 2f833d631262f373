import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { StartVideoPostInput } from '../resources/startVideo.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of startVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startVideo
 */
export interface StartVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartVideoPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
