import type { ResourceOperations } from '../operation.js';
import type { ReplacesPhoneAudio } from '../resources/replacesPhoneAudio.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of replacesPhoneAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage replacesPhoneAudio
 */
export interface ReplacesPhoneAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ReplacesPhoneAudio;
    errors: CommonGetErrors;
  };
}
