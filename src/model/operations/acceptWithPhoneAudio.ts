import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of acceptWithPhoneAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage acceptWithPhoneAudio
 */
export interface AcceptWithPhoneAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
