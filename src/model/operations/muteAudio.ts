import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of muteAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage muteAudio
 */
export interface MuteAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
