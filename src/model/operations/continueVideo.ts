import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { ContinueVideoPostInput } from '../resources/continueVideo.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of continueVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage continueVideo
 */
export interface ContinueVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: ContinueVideoPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
