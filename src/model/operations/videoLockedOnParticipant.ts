import type { ResourceOperations } from '../operation.js';
import type { VideoLockedOnParticipant } from '../resources/videoLockedOnParticipant.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of videoLockedOnParticipant, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage videoLockedOnParticipant
 */
export interface VideoLockedOnParticipantOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: VideoLockedOnParticipant;
    errors: CommonGetErrors;
  };
}
