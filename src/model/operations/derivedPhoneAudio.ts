import type { ResourceOperations } from '../operation.js';
import type { DerivedPhoneAudio } from '../resources/derivedPhoneAudio.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of derivedPhoneAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage derivedPhoneAudio
 */
export interface DerivedPhoneAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: DerivedPhoneAudio;
    errors: CommonGetErrors;
  };
}
