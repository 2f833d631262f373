import type { ResourceOperations } from '../operation.js';
import type { PhoneAudio } from '../resources/phoneAudio.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of phoneAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage phoneAudio
 */
export interface PhoneAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: PhoneAudio;
    errors: CommonGetErrors;
  };
}
