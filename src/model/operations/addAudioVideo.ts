import type { ResourceOperations } from '../operation.js';
import type { AddAudioVideoPostInput } from '../resources/addAudioVideo.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of addAudioVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage addAudioVideo
 */
export interface AddAudioVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: AddAudioVideoPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
