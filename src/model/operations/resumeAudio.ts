import type { ResourceOperations } from '../operation.js';
import type { AudioVideoRenegotiation } from '../resources/audioVideoRenegotiation.js';
import type { ResumeAudioPostInput } from '../resources/resumeAudio.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of resumeAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage resumeAudio
 */
export interface ResumeAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: ResumeAudioPostInput;
    response: AudioVideoRenegotiation;
    errors: CommonPostErrors;
  };
}
