import type { ResourceOperations } from '../operation.js';
import type { AddVideoPostInput } from '../resources/addVideo.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of addVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage addVideo
 */
export interface AddVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: AddVideoPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
