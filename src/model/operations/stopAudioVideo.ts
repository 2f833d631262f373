import type { ResourceOperations } from '../operation.js';
import type { StopAudioVideoPostInput } from '../resources/stopAudioVideo.js';
import type { CommonPostErrors, NotFoundNone } from '../syncErrors.js';

/**
 * Operations of stopAudioVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage stopAudioVideo
 */
export interface StopAudioVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StopAudioVideoPostInput;
    response: null;
    errors: [NotFoundNone, ...CommonPostErrors];
  };
}
