import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of holdPhoneAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage holdPhoneAudio
 */
export interface HoldPhoneAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: CommonPostErrors;
  };
}
