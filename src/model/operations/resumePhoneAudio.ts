import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of resumePhoneAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage resumePhoneAudio
 */
export interface ResumePhoneAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
