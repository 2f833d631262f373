import type { ResourceOperations } from '../operation.js';
import type { ReplacesAudioVideo } from '../resources/replacesAudioVideo.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of replacesAudioVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage replacesAudioVideo
 */
export interface ReplacesAudioVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ReplacesAudioVideo;
    errors: CommonGetErrors;
  };
}
