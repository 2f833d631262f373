import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { EscalateAudioVideoPostInput } from '../resources/escalateAudioVideo.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of escalateAudioVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage escalateAudioVideo
 */
export interface EscalateAudioVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: EscalateAudioVideoPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
