import type { ResourceOperations } from '../operation.js';
import type { AddAudioPostInput } from '../resources/addAudio.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of addAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage addAudio
 */
export interface AddAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: AddAudioPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
