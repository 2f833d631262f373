import type { ResourceOperations } from '../operation.js';
import type { AudioVideoRenegotiation } from '../resources/audioVideoRenegotiation.js';
import type { ResumeAudioVideoPostInput } from '../resources/resumeAudioVideo.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of resumeAudioVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage resumeAudioVideo
 */
export interface ResumeAudioVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: ResumeAudioVideoPostInput;
    response: AudioVideoRenegotiation;
    errors: CommonPostErrors;
  };
}
