import type { ResourceOperations } from '../operation.js';
import type { StopAudioPostInput } from '../resources/stopAudio.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of stopAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage stopAudio
 */
export interface StopAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StopAudioPostInput;
    response: null;
    errors: CommonPostErrors;
  };
}
