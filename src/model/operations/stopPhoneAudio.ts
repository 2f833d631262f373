import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of stopPhoneAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage stopPhoneAudio
 */
export interface StopPhoneAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
