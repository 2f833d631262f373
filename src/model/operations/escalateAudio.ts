import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { EscalateAudioPostInput } from '../resources/escalateAudio.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of escalateAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage escalateAudio
 */
export interface EscalateAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: EscalateAudioPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
