import type { ResourceOperations } from '../operation.js';
import type { ParticipantPanoramicVideo } from '../resources/participantPanoramicVideo.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of participantPanoramicVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage participantPanoramicVideo
 */
export interface ParticipantPanoramicVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ParticipantPanoramicVideo;
    errors: CommonGetErrors;
  };
}
