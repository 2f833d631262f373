import type { ResourceOperations } from '../operation.js';
import type { DerivedAudioVideo } from '../resources/derivedAudioVideo.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of derivedAudioVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage derivedAudioVideo
 */
export interface DerivedAudioVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: DerivedAudioVideo;
    errors: CommonGetErrors;
  };
}
