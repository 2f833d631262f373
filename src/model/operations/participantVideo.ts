import type { ResourceOperations } from '../operation.js';
import type { ParticipantVideo } from '../resources/participantVideo.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of participantVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage participantVideo
 */
export interface ParticipantVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ParticipantVideo;
    errors: CommonGetErrors;
  };
}
